package org.demarche.outreach.signon;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.demarche.outreach.OutreachProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Partners' personal links as signed, expiring, single-purpose tokens: an HS256 JWT whose
 * {@code sub} is the partner, {@code cid} the campaign, {@code aud} {@value #AUDIENCE} and
 * {@code exp} the sign-on deadline. Nothing is stored per token: the signature is the proof, and a
 * token opens that partner's invitation to that campaign only.
 *
 * <p>Expiry is checked against the {@link Clock} bean rather than by the library, so that the
 * deadline moves with the clock in tests and demos. A link's {@code exp} is the deadline when it
 * was issued; when campaigns extends signing, the invitation's later deadline lets it open the page
 * until then ({@link #verifyGenuine}).
 */
@Component
public class SignOnTokens {

    /** The purpose of personal sign-on links; a token for anything else is refused by {@link #verify}. */
    public static final String AUDIENCE = "sign-on";
    /** The purpose of opt-out links (List-Unsubscribe): they outlive signing, so they have a purpose of their own. */
    public static final String OPT_OUT_AUDIENCE = "opt-out";
    static final String CAMPAIGN_CLAIM = "cid";

    private static final Logger log = LoggerFactory.getLogger(SignOnTokens.class);
    /**
     * Every token's header, as parsed from its own encoding: a parsed header keeps that encoding,
     * where a header made in code is written out to JSON again for every token (thousands when a
     * campaign opens).
     */
    private static final JWSHeader HEADER = parsedOnce(new JWSHeader(JWSAlgorithm.HS256));

    private final JWSSigner signer;
    private final JWSVerifier verifier;
    private final Clock clock;

    SignOnTokens(OutreachProperties properties, Clock clock) {
        byte[] secret = properties.tokenSecret().getBytes(StandardCharsets.UTF_8);
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("demarche.outreach.token-secret cannot sign HS256 tokens: " + e.getMessage(), e);
        }
        this.clock = clock;
        if (properties.usesLocalTokenSecret()) {
            log.warn("demarche.outreach.token-secret is the local default: anyone can forge partners' sign-on links. "
                    + "Set DEMARCHE_OUTREACH_TOKENSECRET to a random secret of at least {} bytes outside a laptop.",
                    OutreachProperties.MIN_TOKEN_SECRET_BYTES);
        }
    }

    /** A token that opens {@code partnerId}'s invitation to {@code campaignId} until {@code expiresAt}. */
    public String issue(UUID campaignId, String partnerId, Instant expiresAt) {
        return issue(AUDIENCE, campaignId, partnerId, expiresAt);
    }

    /** A token that lets {@code subject} (a partner id, or an address for final letters) opt out, until {@code expiresAt}. */
    String issueOptOut(UUID campaignId, String subject, Instant expiresAt) {
        return issue(OPT_OUT_AUDIENCE, campaignId, subject, expiresAt);
    }

    private String issue(String audience, UUID campaignId, String partnerId, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(partnerId)
                .claim(CAMPAIGN_CLAIM, campaignId.toString())
                .audience(audience)
                .issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(expiresAt))
                .build();
        SignedJWT jwt = new SignedJWT(HEADER, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a sign-on token", e);
        }
        return jwt.serialize();
    }

    private static JWSHeader parsedOnce(JWSHeader header) {
        try {
            return JWSHeader.parse(header.toBase64URL());
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("nimbus could not read back its own header", e);
        }
    }

    /**
     * What {@code token} opens.
     *
     * @throws UnknownLinkException when it is not a token signed by this service for sign-on
     * @throws ExpiredLinkException when it is genuine but its deadline has passed
     */
    SignOnGrant verify(String token) {
        return verify(AUDIENCE, token);
    }

    /**
     * What {@code token} opens, whether or not the deadline it was issued for has passed: signing
     * may have been extended since, and the invitation's deadline, not the token's, then decides.
     *
     * @throws UnknownLinkException when it is not a token signed by this service for sign-on
     */
    public SignOnGrant verifyGenuine(String token) {
        return readSigned(AUDIENCE, token);
    }

    /** Whether the deadline the grant's link was issued for has passed. */
    public boolean expired(SignOnGrant grant) {
        return !clock.instant().isBefore(grant.expiresAt());
    }

    /** As {@link #verify}, for an opt-out link. */
    public SignOnGrant verifyOptOut(String token) {
        return verify(OPT_OUT_AUDIENCE, token);
    }

    private SignOnGrant verify(String audience, String token) {
        SignOnGrant grant = readSigned(audience, token);
        if (expired(grant)) {
            throw new ExpiredLinkException(grant);
        }
        return grant;
    }

    private SignOnGrant readSigned(String expectedAudience, String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token == null ? "" : token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new UnknownLinkException("not a signed token");
        }
        // the algorithm is pinned: a token naming another one (or none) is not ours, whatever it says
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !verifies(jwt)) {
            throw new UnknownLinkException("signature does not verify");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(expectedAudience)) {
            throw new UnknownLinkException("token is not for " + expectedAudience);
        }
        String partnerId = claims.getSubject();
        Object campaign = claims.getClaim(CAMPAIGN_CLAIM);
        Date expiresAt = claims.getExpirationTime();
        if (partnerId == null || partnerId.isBlank() || !(campaign instanceof String campaignId) || expiresAt == null) {
            throw new UnknownLinkException("token lacks its partner, campaign or expiry");
        }
        try {
            return new SignOnGrant(UUID.fromString(campaignId), partnerId, expiresAt.toInstant());
        } catch (IllegalArgumentException e) {
            throw new UnknownLinkException("token names no campaign");
        }
    }

    private boolean verifies(SignedJWT jwt) {
        try {
            return jwt.verify(verifier);
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }
}
