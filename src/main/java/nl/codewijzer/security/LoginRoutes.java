package nl.codewijzer.security;

/** The login page and the password change page: their {@code @Route} and every link to them. */
public final class LoginRoutes {

    public static final String LOGIN = "login";
    public static final String PASSWORD = "wachtwoord";

    private LoginRoutes() {
    }
}
