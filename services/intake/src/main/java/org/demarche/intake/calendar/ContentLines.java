package org.demarche.intake.calendar;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar file's bytes as content lines, each with the line of the file it starts on. Folds
 * (a line break followed by a space or tab) are undone on the bytes, before they are decoded:
 * programs that fold every 75 octets split a multi-octet character now and then, and RFC 5545
 * §3.1 asks readers to restore it, which unfolding the decoded text (as ical4j's UnfoldingReader
 * does) cannot. Then each line must be UTF-8; a file that is not text is refused whole.
 */
final class ContentLines {

    /** One unfolded content line and the line of the file it starts on (1 for the first). */
    record Line(int number, String text) {
    }

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ContentLines() {
    }

    /** @throws UnreadableCalendarException when the file is binary or not UTF-8 */
    static List<Line> of(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw new UnreadableCalendarException("the file is not text (it holds NUL bytes): an iCalendar "
                        + "file is UTF-8 text");
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Line> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int start = startsWithByteOrderMark(content) ? BYTE_ORDER_MARK.length : 0;
        int physical = 1;
        int lineStart = 1;
        for (int i = start; i < content.length; i++) {
            byte b = content[i];
            if (b != '\r' && b != '\n') {
                line.write(b);
                continue;
            }
            int breakLength = b == '\r' && i + 1 < content.length && content[i + 1] == '\n' ? 2 : 1;
            int next = i + breakLength;
            physical++;
            if (next < content.length && (content[next] == ' ' || content[next] == '\t')) {
                i = next; // a fold: the break and the one white-space character after it are not content
                continue;
            }
            lines.add(new Line(lineStart, decode(utf8, line, lineStart)));
            line.reset();
            lineStart = physical;
            i = next - 1;
        }
        if (line.size() > 0) {
            lines.add(new Line(lineStart, decode(utf8, line, lineStart)));
        }
        return lines;
    }

    private static boolean startsWithByteOrderMark(byte[] content) {
        return content.length >= 3 && content[0] == BYTE_ORDER_MARK[0] && content[1] == BYTE_ORDER_MARK[1]
                && content[2] == BYTE_ORDER_MARK[2];
    }

    private static String decode(CharsetDecoder utf8, ByteArrayOutputStream line, int number) {
        try {
            return utf8.decode(ByteBuffer.wrap(line.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableCalendarException("the file is not UTF-8 text, as RFC 5545 requires (line " + number
                    + " is not); save it again as UTF-8");
        }
    }
}
