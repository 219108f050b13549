package org.corridor.gateway.login;

import java.util.List;

/** A demo person: what they type to log in, and the claims their token carries. */
record DemoAccount(String username, String password, String subject, List<String> roles, String org,
                   String country) {
}
