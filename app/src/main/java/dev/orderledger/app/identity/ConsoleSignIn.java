package dev.orderledger.app.identity;

import dev.orderledger.app.web.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;

/**
 * Signs a person in to the console with the ledger's own accounts: the same check as
 * {@code POST /api/auth/login}, and the same token, kept in a cookie the browser sends to {@code /console}
 * only, that scripts cannot read ({@code HttpOnly}) and that no other site's page can make it send
 * ({@code SameSite=Strict}). Every node checks it as it checks a bearer token, so the console needs no
 * session and works whichever node a request reaches.
 */
@Controller
class ConsoleSignIn {

    static final String COOKIE = "ledger_console";
    private static final String PATH = "/console";

    private final Users users;

    ConsoleSignIn(Users users) {
        this.users = users;
    }

    @PostMapping("/console/login")
    String signIn(@RequestParam(defaultValue = "") String login, @RequestParam(defaultValue = "") String password,
                  HttpServletRequest request, HttpServletResponse response) {
        TokenIssuer.AccessToken token;
        try {
            token = users.login(login.trim(), password);
        } catch (BadCredentialsException | InvalidInput refused) {
            return "redirect:/console/login?error";
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(token.accessToken(), Duration.ofSeconds(token.expiresIn()),
                request.isSecure()).toString());
        return "redirect:/console";
    }

    @PostMapping("/console/logout")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request.isSecure()).toString());
        return "redirect:/console/login?out";
    }

    private static ResponseCookie cookie(String value, Duration lasts, boolean secure) {
        return ResponseCookie.from(COOKIE, value).path(PATH).httpOnly(true).secure(secure).sameSite("Strict")
                .maxAge(lasts).build();
    }
}
