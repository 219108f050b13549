package org.corridor.skills.scheme.api;

/** The two tracks of a partnership: trained to work abroad, or trained to strengthen the home labour market. */
public enum Track {
    AWAY, HOME
}
