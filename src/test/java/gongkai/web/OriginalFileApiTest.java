package gongkai.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/reports/{id}/original: the indexed file byte for byte, and nothing else on disk. */
class OriginalFileApiTest {

    static final String PDF = "samples/real/淮安市洪泽区人民政府_2024.pdf";
    static final String HTML = "samples/real/上海市人民政府办公厅_2019.html";
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.samples();

    private static String idOf(String source) {
        return server.reports.stream().filter(r -> r.source().equals(source)).map(Report::id).findFirst().orElseThrow();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void pdfDownloadsByteIdenticalInlineWithAgencyYearName() throws Exception {
        HttpResponse<byte[]> r = server.get("/api/reports/" + idOf(PDF) + "/original");
        assertEquals(200, r.statusCode());
        assertEquals(sha256(Files.readAllBytes(Path.of(PDF))), sha256(r.body()));
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
        String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("inline;"), disposition);
        String name = URLEncoder.encode("淮安市洪泽区人民政府_2024.pdf", StandardCharsets.UTF_8);
        assertTrue(disposition.contains("filename*=UTF-8''" + name), disposition);
    }

    @Test
    void htmlDownloadsAsAttachmentInASandbox() throws Exception {
        HttpResponse<byte[]> r = server.get("/api/reports/" + idOf(HTML) + "/original");
        assertEquals(200, r.statusCode());
        assertArrayEquals(Files.readAllBytes(Path.of(HTML)), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("sandbox"));
    }

    @Test
    void idNotInTheIndexIsA404WithAJsonError() throws Exception {
        HttpResponse<byte[]> r = server.get("/api/reports/0123456789abcdef/original");
        assertEquals(404, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertTrue(body.path("error").asText().contains("0123456789abcdef"), body.toString());
    }

    @Test
    void fileNoLongerOnDiskIsA404() throws Exception {
        // The hostile sample is indexed from samples/hostile.txt, which does not exist.
        assertFalse(Files.exists(Path.of("samples/hostile.txt")));
        HttpResponse<byte[]> r = server.get("/api/reports/" + idOf("samples/hostile.txt") + "/original");
        assertEquals(404, r.statusCode());
        assertTrue(JSON.readTree(r.body()).has("error"));
    }

    @Test
    void pathsOutsideTheIndexCannotBeFetched() throws Exception {
        byte[] pom = Files.readAllBytes(Path.of("pom.xml"));
        for (String path : List.of("/api/reports/..%2F..%2Fpom.xml/original", "/api/reports/%2e%2e%2fpom.xml/original",
                "/api/reports/%2e%2e/original", "/api/reports/../../pom.xml/original", "/api/reports/..%5Cpom.xml/original",
                "/api/reports/" + idOf(PDF) + "%2F..%2F..%2Fpom.xml/original", "/api/reports/pom.xml/original")) {
            TestServer.Raw r = server.rawGet(path);
            assertTrue(r.status() == 400 || r.status() == 404, path + " → " + r.status());
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertFalse(body.contains("<project"), path + " served pom.xml");
            assertTrue(body.contains("\"error\""), path + ": " + body);
            assertFalse(java.util.Arrays.equals(pom, r.body()));
        }
    }
}
