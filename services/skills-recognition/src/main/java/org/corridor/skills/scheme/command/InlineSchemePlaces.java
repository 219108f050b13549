package org.corridor.skills.scheme.command;

import org.corridor.kernel.types.CountryCode;
import org.corridor.skills.inline.InlineCommands;
import org.corridor.skills.scheme.api.MovePlace;
import org.corridor.skills.scheme.api.ReleasePlace;
import org.corridor.skills.scheme.api.SchemePlaces;
import org.corridor.skills.scheme.api.TakePlace;
import org.springframework.stereotype.Component;

/** The scheme aggregate's place commands, handled in the caller's unit of work. */
@Component
class InlineSchemePlaces implements SchemePlaces {

    private final InlineCommands inline;

    InlineSchemePlaces(InlineCommands inline) {
        this.inline = inline;
    }

    @Override
    public CountryCode take(TakePlace command) {
        return inline.handle(Scheme.class, command.schemeId().value(), command);
    }

    @Override
    public void move(MovePlace command) {
        inline.handle(Scheme.class, command.schemeId().value(), command);
    }

    @Override
    public void release(ReleasePlace command) {
        inline.handle(Scheme.class, command.schemeId().value(), command);
    }
}
