package dev.mirsad.cli;

import dev.mirsad.testing.LargeCorpus;
import dev.mirsad.testing.MirsadJar;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * serve's HTTP port on the packaged jar: health with the database, Prometheus metrics scraped during
 * a night and after it, equal to the night's summary, and each refusal: no credential beyond loopback,
 * a wrong one, an action without a CSRF token, GET on an action.
 */
class ServeIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path input;

    @Test
    void healthAndMetricsDuringANightAndAfterItMatchTheNightsSummary() throws Exception {
        LargeCorpus.writeTo(input, 300, 0);
        TestDatabase database = TestDatabase.fresh();
        int port = MirsadJar.freePort();
        Map<String, String> environment = environment(database, port);
        environment.put("MIRSAD_SCHEDULE", "*/2 * * * * *");
        environment.put("MIRSAD_INPUTS", input.toString());
        environment.put("MIRSAD_CHUNKSIZE", "10");
        MirsadJar.Running serve = new MirsadJar(environment).start("serve");
        try {
            String health = awaitBody(get(port, "/actuator/health", null), 200);
            assertThat(health).contains("\"db\"").contains("\"status\":\"UP\"");

            String during = awaitMetrics(port, text -> value(text, "mirsad_night_running") == 1
                    && value(text, "mirsad_files_total{outcome=\"ingested\"}") > 0);
            String after = awaitMetrics(port, text -> value(text, "mirsad_night_running") == 0
                    && value(text, "mirsad_files_total{outcome=\"ingested\"}") > 0);
            Map<String, Object> night = database.jdbc().queryForMap(
                    "SELECT * FROM v_job_run WHERE status = 'COMPLETED' ORDER BY job_execution_id LIMIT 1");

            assertThat(value(during, "mirsad_files_total{outcome=\"ingested\"}"))
                    .isLessThanOrEqualTo(value(after, "mirsad_files_total{outcome=\"ingested\"}"));
            assertThat(value(after, "mirsad_files_total{outcome=\"ingested\"}")).isEqualTo(number(night, "files_ingested"));
            assertThat(value(after, "mirsad_files_total{outcome=\"unchanged\"}")).isEqualTo(number(night, "files_unchanged"));
            assertThat(value(after, "mirsad_files_total{outcome=\"rejected\"}")).isEqualTo(number(night, "rejected_count"));
            for (String[] fact : new String[][] {{"mentions", "mention_count"}, {"titles", "title_count"},
                    {"dates", "time_count"}, {"amounts", "amount_count"}, {"quotations", "quotation_count"},
                    {"events", "event_count"}, {"cited_media", "cited_media_count"}}) {
                assertThat(value(after, "mirsad_facts_written_total{type=\"" + fact[0] + "\"}")).as(fact[0])
                        .isEqualTo(number(night, fact[1]));
            }
            assertThat(after).contains("spring_batch_job_seconds_count{").contains("mirsad_last_completed_night_seconds ");
        } finally {
            serve.terminate();
            serve.await(Duration.ofSeconds(30));
        }
    }

    @Test
    void beyondLoopbackServeRefusesToStartWithoutACredential() throws Exception {
        Map<String, String> environment = environment(TestDatabase.fresh(), MirsadJar.freePort());
        environment.put("SERVER_ADDRESS", "0.0.0.0");
        MirsadJar.Result refused = new MirsadJar(environment).run("serve");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.ERROR);
        assertThat(refused.err()).startsWith("mirsad: serve would listen on 0.0.0.0, beyond this machine, without a"
                + " credential: set MIRSAD_CONSOLE_PASSWORD");
    }

    @Test
    void beyondLoopbackEveryRequestNeedsTheCredentialAndAnActionAlsoACsrfToken() throws Exception {
        int port = MirsadJar.freePort();
        TestDatabase database = TestDatabase.fresh();
        Map<String, String> environment = environment(database, port);
        environment.put("SERVER_ADDRESS", "0.0.0.0");
        environment.put("MIRSAD_CONSOLE_PASSWORD", "s3cret-for-the-test");
        MirsadJar.Running serve = new MirsadJar(environment).start("serve");
        try {
            awaitBody(get(port, "/actuator/health", basic("operator", "s3cret-for-the-test")), 200);
            assertThat(status(get(port, "/actuator/prometheus", null))).isEqualTo(401);
            assertThat(status(get(port, "/actuator/prometheus", basic("operator", "wrong")))).isEqualTo(401);
            assertThat(status(get(port, "/actuator/prometheus", basic("operator", "s3cret-for-the-test")))).isEqualTo(200);
            HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .header("Authorization", basic("operator", "s3cret-for-the-test"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            assertThat(status(post)).as("no CSRF token").isEqualTo(403);

            String owner = basic("operator", "s3cret-for-the-test");
            // A browser's session with the page's CSRF token, as a form would post it.
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(browser.send(get(port, "/", owner), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(token.find()).as("the page's form carries a CSRF token").isTrue();
            String form = "_csrf=" + token.group(1);
            assertThat(browser.send(post(port, "/nights/run", null, form), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).as("an action without the credential").isEqualTo(401);
            assertThat(browser.send(post(port, "/nights/run", basic("operator", "wrong"), form),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("a wrong credential").isEqualTo(401);
            assertThat(status(post(port, "/nights/run", owner, ""))).as("an action without a CSRF token").isEqualTo(403);
            assertThat(status(get(port, "/nights/run", owner))).as("GET on an action").isEqualTo(405);
            assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM v_job_run", Long.class))
                    .as("no refused action started a night").isZero();
            HttpResponse<String> missing = HTTP.send(get(port, "/nights/999", owner), HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).doesNotContain("Exception").doesNotContain("SELECT").doesNotContain("at dev.");
        } finally {
            serve.terminate();
            serve.await(Duration.ofSeconds(30));
        }
    }

    private static Map<String, String> environment(TestDatabase database, int port) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_DATASOURCE_URL", database.url());
        environment.put("SPRING_DATASOURCE_USERNAME", "root");
        environment.put("SPRING_DATASOURCE_PASSWORD", "");
        environment.put("SERVER_PORT", Integer.toString(port));
        return environment;
    }

    private static HttpRequest get(int port, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.GET().build();
    }

    private static HttpRequest post(int port, String path, String authorization, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int status(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The body once the port answers with the status, waiting for serve to start. */
    private static String awaitBody(HttpRequest request, int status) throws Exception {
        Instant end = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == status) {
                    return response.body();
                }
            } catch (IOException notYetListening) {
                // serve is still starting
            }
            assertThat(Instant.now()).as("serve did not answer " + request.uri() + " with " + status).isBefore(end);
            Thread.sleep(200);
        }
    }

    private static String awaitMetrics(int port, java.util.function.Predicate<String> wanted) throws Exception {
        Instant end = Instant.now().plus(PATIENCE);
        while (true) {
            String text = awaitBody(get(port, "/actuator/prometheus", null), 200);
            if (wanted.test(text)) {
                return text;
            }
            assertThat(Instant.now()).as("no scrape matched:\n" + text).isBefore(end);
            Thread.sleep(100);
        }
    }

    /** A sample's value in the Prometheus text format; -1 where the sample is absent. */
    private static double value(String text, String sample) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    private static double number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue();
    }
}
