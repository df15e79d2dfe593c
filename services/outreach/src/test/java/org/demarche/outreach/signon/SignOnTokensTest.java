package org.demarche.outreach.signon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.demarche.outreach.Wording;
import org.demarche.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class SignOnTokensTest {

    private static final String SECRET = "test-secret-that-is-long-enough-0123456789";
    private static final Instant NOW = Instant.parse("2018-07-11T09:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2018-07-17T09:00:00Z");
    private static final UUID CAMPAIGN = UUID.fromString("6b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e");

    private final MutableClock clock = new MutableClock(NOW);
    private final SignOnTokens tokens = tokens(SECRET);

    @Test
    void opensThePartnersInvitationToTheCampaignItWasIssuedFor() {
        String token = tokens.issue(CAMPAIGN, "hrc-baku", DEADLINE);

        SignOnGrant grant = tokens.verify(token);

        assertThat(grant).isEqualTo(new SignOnGrant(CAMPAIGN, "hrc-baku", DEADLINE));
        assertThat(grant.opens(CAMPAIGN, "hrc-baku")).isTrue();
    }

    @Test
    void carriesPartnerCampaignAudienceExpiryAndIssueTimeAsClaims() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(tokens.issue(CAMPAIGN, "hrc-baku", DEADLINE)).getJWTClaimsSet();

        assertThat(claims.getSubject()).isEqualTo("hrc-baku");
        assertThat(claims.getStringClaim("cid")).isEqualTo(CAMPAIGN.toString());
        assertThat(claims.getAudience()).containsExactly("sign-on");
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(DEADLINE);
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
    }

    @Test
    void expiresAtTheSignOnDeadlineByTheApplicationsClock() {
        String token = tokens.issue(CAMPAIGN, "hrc-baku", DEADLINE);

        clock.set(DEADLINE.minusSeconds(1));
        assertThat(tokens.verify(token).partnerId()).isEqualTo("hrc-baku");

        clock.set(DEADLINE);
        assertThatThrownBy(() -> tokens.verify(token))
                .isInstanceOf(ExpiredLinkException.class)
                .satisfies(e -> assertThat(((ExpiredLinkException) e).grant().partnerId()).isEqualTo("hrc-baku"));
    }

    @Test
    void stillTellsWhatAGenuineLinkOpensAfterItsDeadlineSoThatAnExtendedCloseCanHonourIt() {
        String token = tokens.issue(CAMPAIGN, "hrc-baku", DEADLINE);
        clock.set(DEADLINE.plus(Duration.ofHours(1)));

        SignOnGrant grant = tokens.verifyGenuine(token);

        assertThat(grant).isEqualTo(new SignOnGrant(CAMPAIGN, "hrc-baku", DEADLINE));
        assertThat(tokens.expired(grant)).isTrue();
        String forged = tokens(SECRET + "-but-not-ours").issue(CAMPAIGN, "hrc-baku", DEADLINE);
        assertThatThrownBy(() -> tokens.verifyGenuine(forged)).isInstanceOf(UnknownLinkException.class);
        String optOut = tokens.issueOptOut(CAMPAIGN, "hrc-baku", DEADLINE);
        assertThatThrownBy(() -> tokens.verifyGenuine(optOut)).isInstanceOf(UnknownLinkException.class);
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() {
        String forged = tokens(SECRET + "-but-not-ours").issue(CAMPAIGN, "hrc-baku", DEADLINE);

        assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(UnknownLinkException.class);
    }

    @Test
    void refusesATokenWhosePayloadWasChangedToAnotherCampaign() {
        String token = tokens.issue(CAMPAIGN, "hrc-baku", DEADLINE);
        String[] parts = token.split("\\.");
        String otherCampaign = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(CAMPAIGN.toString(), UUID.randomUUID().toString());
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(otherCampaign.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> tokens.verify(altered)).isInstanceOf(UnknownLinkException.class);
    }

    @Test
    void opensNoOtherCampaignNorOtherPartner() {
        SignOnGrant grant = tokens.verify(tokens.issue(CAMPAIGN, "hrc-baku", DEADLINE));

        assertThat(grant.opens(UUID.randomUUID(), "hrc-baku")).isFalse();
        assertThat(grant.opens(CAMPAIGN, "iphr-brussels")).isFalse();
    }

    @Test
    void refusesATokenForAnotherAudience() throws Exception {
        String otherPurpose = sign(new JWTClaimsSet.Builder().subject("hrc-baku").claim("cid", CAMPAIGN.toString())
                .audience("password-reset").expirationTime(Date.from(DEADLINE)).build());

        assertThatThrownBy(() -> tokens.verify(otherPurpose)).isInstanceOf(UnknownLinkException.class);
    }

    @Test
    void refusesATokenWithoutItsCampaign() throws Exception {
        String noCampaign = sign(new JWTClaimsSet.Builder().subject("hrc-baku").audience("sign-on")
                .expirationTime(Date.from(DEADLINE)).build());

        assertThatThrownBy(() -> tokens.verify(noCampaign)).isInstanceOf(UnknownLinkException.class);
    }

    @Test
    void refusesAnUnsignedToken() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"sub\":\"hrc-baku\",\"cid\":\""
                + CAMPAIGN + "\",\"aud\":\"sign-on\",\"exp\":" + DEADLINE.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> tokens.verify(header + "." + payload + ".")).isInstanceOf(UnknownLinkException.class);
    }

    @Test
    void refusesWhatIsNotAToken() {
        assertThatThrownBy(() -> tokens.verify("abc123")).isInstanceOf(UnknownLinkException.class);
        assertThatThrownBy(() -> tokens.verify("")).isInstanceOf(UnknownLinkException.class);
    }

    @Test
    void issuesADifferentButEquallyValidTokenEachTimeTheClockMoves() {
        String first = tokens.issue(CAMPAIGN, "hrc-baku", DEADLINE);
        clock.advance(Duration.ofMinutes(1));
        String second = tokens.issue(CAMPAIGN, "hrc-baku", DEADLINE);

        assertThat(second).isNotEqualTo(first);
        assertThat(tokens.verify(first)).isEqualTo(tokens.verify(second));
    }

    private SignOnTokens tokens(String secret) {
        return new SignOnTokens(Wording.properties("none", secret), clock);
    }

    private static String sign(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
