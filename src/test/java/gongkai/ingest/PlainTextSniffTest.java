package gongkai.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextSniffTest {

    private static final String REPORT = "丽水市统计局2021年政府信息公开工作年度报告\n\n一、总体情况\t\n本机关认真贯彻落实。\n";

    @Test
    void chineseUtf8TextIsTextWithoutTheDetector() {
        assertTrue(DocumentFormat.Sniffer.isPlainChineseUtf8(REPORT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void byteOrderMarkAndLeadingBlankLinesAreAllowed() {
        byte[] body = ("\n\n  " + REPORT).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertTrue(DocumentFormat.Sniffer.isPlainChineseUtf8(withBom));
    }

    @Test
    void markupAnywhereGoesToTheDetector() {
        assertFalse(DocumentFormat.Sniffer.isPlainChineseUtf8((REPORT + "<table><tr><td>1</td></tr></table>").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void asciiStartGoesToTheDetector() {
        assertFalse(DocumentFormat.Sniffer.isPlainChineseUtf8(("%PDF-1.7\n" + REPORT).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void gbkTextGoesToTheDetector() {
        assertFalse(DocumentFormat.Sniffer.isPlainChineseUtf8(REPORT.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void wordContainerGoesToTheDetector() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertFalse(DocumentFormat.Sniffer.isPlainChineseUtf8(ole));
    }

    @Test
    void controlCharactersGoToTheDetector() {
        assertFalse(DocumentFormat.Sniffer.isPlainChineseUtf8((REPORT + "\u0000\u0001").getBytes(StandardCharsets.UTF_8)));
    }
}
