package dev.orderledger.app.identity;

import dev.orderledger.api.security.Role;
import dev.orderledger.api.security.UserId;
import dev.orderledger.command.cart.Carts;
import dev.orderledger.command.cart.GuestToken;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Register, log in with a password, or log in with a code sent by SMS. Rate limited. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private static final String PHONE = "\\+?[0-9][0-9 -]{5,18}[0-9]";

    private final Users accounts;
    private final Carts carts;

    AuthController(Users accounts, Carts carts) {
        this.accounts = accounts;
        this.carts = carts;
    }

    @PostMapping("/register")
    ResponseEntity<Registered> register(@Valid @RequestBody RegisterRequest request) {
        Set<Role> roles = request.accountType() == AccountType.SELLER ? Set.of(Role.SELLER) : Set.of();
        User user = accounts.register(new Users.Registration(request.email(), request.phone(),
                request.password(), request.nickname(), roles));
        return ResponseEntity.created(URI.create("/api/users/" + user.userId()))
                .body(new Registered(user.userId(), user.nickname(), user.roles().stream().map(Role::name).sorted().toList()));
    }

    /** Logs in; a guest's cart (its token in {@code X-Cart-Token}) merges into the user's own. */
    @PostMapping("/login")
    TokenIssuer.AccessToken login(@Valid @RequestBody LoginRequest request,
                                  @RequestHeader(name = GuestToken.HEADER, required = false) String cartToken) {
        return withGuestCart(cartToken, () -> accounts.login(request.login(), request.password()));
    }

    @PostMapping("/otp")
    ResponseEntity<Void> sendCode(@Valid @RequestBody CodeRequest request) {
        accounts.sendLoginCode(request.phone());
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    @PostMapping("/otp/login")
    TokenIssuer.AccessToken loginWithCode(@Valid @RequestBody CodeLoginRequest request,
                                          @RequestHeader(name = GuestToken.HEADER, required = false) String cartToken) {
        return withGuestCart(cartToken, () -> accounts.loginWithCode(request.phone(), request.code()));
    }

    /** The token is checked before the login, so that a login never half succeeds. */
    private TokenIssuer.AccessToken withGuestCart(String cartToken, Supplier<TokenIssuer.AccessToken> logIn) {
        GuestToken guest = cartToken == null ? null : new GuestToken(cartToken.trim());
        TokenIssuer.AccessToken login = logIn.get();
        if (guest != null && login.roles().contains(Role.BUYER.name())) {
            carts.mergeGuestCart(guest, UserId.of(login.userId()));
        }
        return login;
    }

    enum AccountType { BUYER, SELLER }

    record RegisterRequest(
            @Email @Size(max = 254) String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password,
            @NotBlank @Size(max = 50) String nickname,
            AccountType accountType) {
    }

    record Registered(String userId, String nickname, List<String> roles) {
    }

    record LoginRequest(@NotBlank @Size(max = 254) String login, @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password) {
    }

    record CodeRequest(@NotBlank @Pattern(regexp = PHONE, message = "must be a phone number") String phone) {
    }

    record CodeLoginRequest(@NotBlank @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
                            @NotBlank @Pattern(regexp = "\\d{6}", message = "is six digits") String code) {
    }
}
