package org.corridor.matching.allocation.api;

import java.util.List;

public record PreferencesStated(String personId, String schemeId, List<String> jobOrderIds) {
}
