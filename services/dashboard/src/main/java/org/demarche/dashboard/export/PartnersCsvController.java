package org.demarche.dashboard.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.demarche.dashboard.campaign.CampaignDetail;
import org.demarche.dashboard.campaign.Campaigns;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /campaigns/{id}/partners.csv}: the campaign's partners and their answers, one row per
 * partner, as a download. The header names the columns as the JSON API does, so scripts can rely on
 * them whatever the page's language; times are ISO-8601 instants in UTC, like the API's.
 *
 * <p>The body starts with a UTF-8 byte order mark: without it Excel, which many leads open such
 * files with, reads them as Windows-1252 and garbles organisation names such as "Azərbaycan";
 * LibreOffice, Google Sheets and Python's {@code utf-8-sig} skip it.
 */
@RestController
class PartnersCsvController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final List<String> COLUMNS = List.of("partnerId", "organisation", "country", "answer", "answeredAt",
            "delivery", "deliveryProblem");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Campaigns campaigns;

    PartnersCsvController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/{id}/partners.csv")
    ResponseEntity<byte[]> partners(@PathVariable UUID id) {
        CampaignDetail detail = campaigns.detail(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No campaign has the id " + id));
        CsvWriter csv = new CsvWriter().row(COLUMNS);
        for (CampaignDetail.Partner partner : detail.partners()) {
            csv.row(Arrays.asList(partner.partnerId(), partner.organisation(), partner.country(), partner.answer(),
                    partner.answeredAt() == null ? null : partner.answeredAt().toString(), partner.delivery(),
                    partner.deliveryProblem()));
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(BOM, BOM.length + text.length);
        System.arraycopy(text, 0, body, BOM.length, text.length);
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("campaign-" + id + "-partners.csv").build().toString())
                .body(body);
    }
}
