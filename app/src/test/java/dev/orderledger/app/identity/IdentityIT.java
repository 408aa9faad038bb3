package dev.orderledger.app.identity;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.notification.sms.SimulatedSmsSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration rules, password and SMS-code login, tokens and roles. */
class IdentityIT extends LedgerIntegrationTest {

    @Autowired
    SimulatedSmsSender sms;

    @Test
    void registeringGivesTheBuyerRoleAndLoginReturnsASignedToken() {
        String email = "new-" + UUID.randomUUID() + "@ledger.test";
        LedgerClient.Response registered = api.post("/api/auth/register",
                Map.of("email", email, "password", "correct-horse-42", "nickname", "Neo")).send();

        LedgerClient.Response login = api.post("/api/auth/login",
                Map.of("login", email.toUpperCase(), "password", "correct-horse-42")).send();

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().at("/roles").toString()).isEqualTo("[\"BUYER\"]");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.at("/tokenType")).isEqualTo("Bearer");
        String claims = new String(Base64.getUrlDecoder().decode(login.at("/accessToken").split("\\.")[1]));
        assertThat(claims).contains("\"sub\":\"" + registered.at("/userId") + "\"").contains("\"roles\":[\"BUYER\"]");
    }

    @Test
    void weakPasswordsAreRefusedWithTheFieldNamed() {
        LedgerClient.Response tooShort = api.post("/api/auth/register",
                Map.of("email", "weak-" + UUID.randomUUID() + "@ledger.test", "password", "abc1", "nickname", "W")).send();
        LedgerClient.Response noDigit = api.post("/api/auth/register",
                Map.of("email", "weak-" + UUID.randomUUID() + "@ledger.test", "password", "abcdefghijkl", "nickname", "W")).send();

        for (LedgerClient.Response refused : List.of(tooShort, noDigit)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().at("/errors").findValuesAsText("field")).containsExactly("password");
        }
    }

    @Test
    void anEmailOrAPhoneIsNeededAndEachRegistersOnce() {
        LedgerClient.Response neither = api.post("/api/auth/register",
                Map.of("password", "correct-horse-42", "nickname", "Nobody")).send();
        String email = "twice-" + UUID.randomUUID() + "@ledger.test";
        api.post("/api/auth/register", Map.of("email", email, "password", "correct-horse-42", "nickname", "A")).send();
        LedgerClient.Response again = api.post("/api/auth/register",
                Map.of("email", email, "password", "another-horse-42", "nickname", "B")).send();
        LedgerClient.Response badEmail = api.post("/api/auth/register",
                Map.of("email", "not-an-email", "password", "correct-horse-42", "nickname", "C")).send();

        assertThat(neither.status()).isEqualTo(400);
        assertThat(again.status()).isEqualTo(409);
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().at("/errors").findValuesAsText("field")).containsExactly("email");
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginLookTheSame() {
        User buyer = buyer();
        LedgerClient.Response wrongPassword = api.post("/api/auth/login",
                Map.of("login", buyer.email(), "password", "wrong-password-1")).send();
        LedgerClient.Response unknown = api.post("/api/auth/login",
                Map.of("login", "ghost-" + UUID.randomUUID() + "@ledger.test", "password", "wrong-password-1")).send();

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrongPassword.at("/detail")).isEqualTo(unknown.at("/detail"));
    }

    @Test
    void aPhoneUserLogsInWithTheCodeSentBySms() {
        String phone = uniquePhone();
        LedgerClient.Response registered = api.post("/api/auth/register",
                Map.of("phone", phone, "password", "correct-horse-42", "nickname", "Phone")).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        assertThat(api.post("/api/auth/otp", Map.of("phone", phone)).send().status()).isEqualTo(202);
        String code = codeIn(sms.lastMessageTo(phone).orElseThrow());
        LedgerClient.Response login = api.post("/api/auth/otp/login", Map.of("phone", phone, "code", code)).send();
        LedgerClient.Response reused = api.post("/api/auth/otp/login", Map.of("phone", phone, "code", code)).send();

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.at("/userId")).isEqualTo(registered.at("/userId"));
        assertThat(reused.status()).isEqualTo(401);
    }

    @Test
    void aCodeIsBurntAfterTooManyWrongTries() {
        String phone = uniquePhone();
        api.post("/api/auth/register", Map.of("phone", phone, "password", "correct-horse-42", "nickname", "P")).send();
        api.post("/api/auth/otp", Map.of("phone", phone)).send();
        String code = codeIn(sms.lastMessageTo(phone).orElseThrow());
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(api.post("/api/auth/otp/login", Map.of("phone", phone, "code", wrong)).send().status()).isEqualTo(401);
        }

        assertThat(api.post("/api/auth/otp/login", Map.of("phone", phone, "code", code)).send().status()).isEqualTo(401);
    }

    @Test
    void anUnknownPhoneGetsNoCodeButTheSameAnswer() {
        String phone = uniquePhone();

        assertThat(api.post("/api/auth/otp", Map.of("phone", phone)).send().status()).isEqualTo(202);
        assertThat(sms.lastMessageTo(phone)).isEmpty();
    }

    @Test
    void theConfiguredFirstAdminGrantsTheSellerRole() {
        User user = buyer();
        String adminToken = admin().token();

        LedgerClient.Response byBuyer = api.put("/api/admin/users/" + user.userId() + "/roles",
                Map.of("roles", List.of("ADMIN"))).as(user.token()).send();
        LedgerClient.Response byAdmin = api.put("/api/admin/users/" + user.userId() + "/roles",
                Map.of("roles", List.of("SELLER"))).as(adminToken).send();

        assertThat(byBuyer.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.json().at("/roles").toString()).isEqualTo("[\"BUYER\",\"SELLER\"]");
    }

    private static String codeIn(String message) {
        Matcher matcher = Pattern.compile("\\b(\\d{6})\\b").matcher(message);
        assertThat(matcher.find()).as(message).isTrue();
        return matcher.group(1);
    }
}
