package nl.codewijzer.base;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.internal.HtmlUtils;
import java.util.Map;

/**
 * A QR code drawn on the server as SVG: ZXing gives the matrix of modules, and each row's dark runs
 * become one path of rectangles. No image library, no JavaScript; sharp at any size on a beamer or
 * paper. Used by the team day's projector and the public page of the code.
 */
public final class QrCode {

    /** The quiet zone around the code, in modules; scanners need four. */
    private static final int QUIET = 4;

    private QrCode() {
    }

    public static String svg(String text, String label) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            int size = matrix.getWidth();
            var path = new StringBuilder();
            for (int y = 0; y < size; y++) {
                int x = 0;
                while (x < size) {
                    if (!matrix.get(x, y)) {
                        x++;
                        continue;
                    }
                    int start = x;
                    while (x < size && matrix.get(x, y)) {
                        x++;
                    }
                    path.append('M').append(start + QUIET).append(' ').append(y + QUIET)
                            .append('h').append(x - start).append("v1h-").append(x - start).append('z');
                }
            }
            int box = size + 2 * QUIET;
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + box + " " + box
                    + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + HtmlUtils.escape(label) + "\">"
                    + "<rect width=\"" + box + "\" height=\"" + box + "\" fill=\"#fff\"/>"
                    + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Cannot encode this address as a QR code", tooLong);
        }
    }
}
