import com.google.zxing.*;
import com.google.zxing.common.BitMatrix;
import java.awt.*;
import java.awt.image.BufferedImage;
import java.util.Map;
import javax.imageio.ImageIO;
import java.io.File;

public class MakeSample {
  static void draw(Graphics2D g, BitMatrix m, int x0, int y0) {
    g.setColor(Color.BLACK);
    for (int y = 0; y < m.getHeight(); y++) for (int x = 0; x < m.getWidth(); x++) if (m.get(x, y)) g.fillRect(x0 + x, y0 + y, 1, 1);
  }
  public static void main(String[] a) throws Exception {
    BufferedImage img = new BufferedImage(900, 420, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(246, 243, 236)); g.fillRect(0, 0, 900, 420);
    Map<EncodeHintType, Object> h = Map.of(EncodeHintType.MARGIN, 0);
    MultiFormatWriter w = new MultiFormatWriter();
    BitMatrix qr = w.encode("https://framecode.dev/hello", BarcodeFormat.QR_CODE, 250, 250, h);
    draw(g, qr, 40, 60);
    BitMatrix c128 = w.encode("FRAMECODE-0001", BarcodeFormat.CODE_128, 460, 110, h);
    draw(g, c128, 380, 50);
    BitMatrix ean = w.encode("4006381333931", BarcodeFormat.EAN_13, 380, 110, h);
    draw(g, ean, 420, 250);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22)); g.setColor(new Color(60, 60, 60));
    g.drawString("framecode sample: QR code, Code 128, EAN-13", 40, 400);
    ImageIO.write(img, "png", new File("samples/codes.png"));
  }
}
