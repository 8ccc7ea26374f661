package io.jianfu.command.evaluation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The link each QR code carries: the answer form ({@code jianfu.evaluation.form-url}) with the campaign in the query
 * and the token in the fragment, which browsers never send to a server, so no access log records it.
 */
@Component
public class AnswerLinks {
    private final String formUrl;

    public AnswerLinks(@Value("${jianfu.evaluation.form-url:http://localhost:8080/evaluate}") String formUrl) {
        this.formUrl = formUrl;
    }

    public String link(String campaignId, String token) {
        return formUrl + (formUrl.contains("?") ? "&" : "?") + "campaign="
                + URLEncoder.encode(campaignId, StandardCharsets.UTF_8) + "#token=" + token;
    }
}
