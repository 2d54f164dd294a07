package nl.codewijzer.teamday.ui;

import nl.codewijzer.base.QrCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The QR code and the result bars are drawn on the server as SVG; these check what a phone and a reader get. */
class ServerDrawnSvgTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");

    @Test
    void a_phone_scanning_the_qr_code_gets_the_join_address() throws Exception {
        var url = "https://codewijzer.mijnschool.nl/doemee/K7MQ3X";
        var svg = QrCode.svg(url, "QR-code");

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-label=\"QR-code\"");
        assertThat(decode(svg)).isEqualTo(url);
    }

    /** Paints the SVG's rectangles as pixels, four per module, and lets ZXing's reader scan them. */
    private static String decode(String svg) throws Exception {
        var box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int modules = Integer.parseInt(box.group(1));
        int scale = 4;
        int size = modules * scale;
        var pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        var run = RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int width = Integer.parseInt(run.group(3));
            for (int py = y * scale; py < (y + 1) * scale; py++) {
                for (int px = x * scale; px < (x + width) * scale; px++) {
                    pixels[py * size + px] = 0xFF000000;
                }
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void the_bars_show_each_count_with_its_share_and_escape_any_text() {
        var svg = PollBars.svg(List.of("Eens", "<b>Oneens</b>", "Weet niet"), List.of(6, 3, 0), "Eens: 6; Oneens: 3");

        assertThat(svg).contains(">Eens</text>", "&lt;b&gt;Oneens&lt;/b&gt;", ">6 · 67%</text>", ">3 · 33%</text>",
                ">0 · 0%</text>", "aria-label=\"Eens: 6; Oneens: 3\"").doesNotContain("<b>");
        assertThat(svg).contains("class=\"bar\" x=\"300\" y=\"10\" width=\"560\"")
                .contains("class=\"bar\" x=\"300\" y=\"74\" width=\"280\"")
                .contains("class=\"bar\" x=\"300\" y=\"138\" width=\"0\"");
    }

    @Test
    void options_of_a_multiple_choice_poll_are_lettered() {
        assertThat(List.of(0, 1, 2, 3).stream().map(PollBars::letter)).containsExactly("A", "B", "C", "D");
    }
}
