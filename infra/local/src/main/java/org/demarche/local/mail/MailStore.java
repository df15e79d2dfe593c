package org.demarche.local.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of {@code .eml} files, one per captured message, named
 * {@code <received, UTC, yyyyMMdd'T'HHmmssSSS'Z'>-<random>.eml} so that names sort by arrival.
 * Files are immutable once written, so their parsed summaries are cached.
 */
public final class MailStore {

    private static final Logger log = LoggerFactory.getLogger(MailStore.class);

    private static final Pattern ID = Pattern.compile("\\d{8}T\\d{9}Z-[0-9a-f]{8}");

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final String SUFFIX = ".eml";

    private final Path dir;

    private final Session session;

    private final SecureRandom random = new SecureRandom();

    private final java.time.Clock clock = java.time.Clock.systemUTC();

    /** The last arrival time given out: arrivals in the same millisecond get the next one, so names keep arrival order. */
    private final java.util.concurrent.atomic.AtomicLong lastArrival = new java.util.concurrent.atomic.AtomicLong();

    private final Map<String, MailSummary> summaries = new ConcurrentHashMap<>();

    private MailStore(Path dir) {
        this.dir = dir;
        Properties properties = new Properties();
        // Raw (unencoded) UTF-8 in headers, as SMTPUTF8 clients send it, reads as UTF-8, not Latin-1.
        properties.setProperty("mail.mime.allowutf8", "true");
        properties.setProperty("mail.mime.decodefilename", "true");
        properties.setProperty("mail.mime.address.strict", "false");
        this.session = Session.getInstance(properties);
    }

    public static MailStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not create " + dir, ex);
        }
        return new MailStore(dir);
    }

    public Path directory() {
        return this.dir;
    }

    /** Stores one message; returns its id. */
    public String write(MailSink.IoConsumer<java.io.OutputStream> writer) {
        byte[] suffix = new byte[4];
        this.random.nextBytes(suffix);
        long now = this.clock.millis();
        long arrival = this.lastArrival.updateAndGet(last -> Math.max(now, last + 1));
        String id = ID_TIME.format(Instant.ofEpochMilli(arrival)) + "-" + HexFormat.of().formatHex(suffix);
        MailSink.writeAtomically(this.dir.resolve(id + SUFFIX), writer);
        return id;
    }

    /** Every stored message, newest first. Unreadable files are skipped (and logged). */
    public List<MailSummary> list() {
        List<String> ids;
        try (Stream<Path> files = Files.list(this.dir)) {
            ids = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .filter(MailStore::isValidId)
                    .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not list " + this.dir, ex);
        }
        this.summaries.keySet().retainAll(ids);
        List<MailSummary> result = new ArrayList<>();
        for (String id : ids) {
            MailSummary summary = this.summaries.get(id);
            if (summary == null) {
                Optional<MailMessage> message = find(id);
                if (message.isEmpty()) {
                    continue;
                }
                summary = message.get().summary();
                this.summaries.put(id, summary);
            }
            result.add(summary);
        }
        result.sort(Comparator.comparing(MailSummary::receivedAt).thenComparing(MailSummary::id).reversed());
        return result;
    }

    /** The parsed message, if {@code id} names a stored, readable one. */
    public Optional<MailMessage> find(String id) {
        return raw(id).flatMap(bytes -> {
            try {
                return Optional.of(parse(id, bytes));
            }
            catch (MessagingException | IOException | RuntimeException ex) {
                log.warn("Could not parse captured mail {}: {}", id, ex.toString());
                return Optional.empty();
            }
        });
    }

    /** The message exactly as stored. */
    public Optional<byte[]> raw(String id) {
        if (!isValidId(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(this.dir.resolve(id + SUFFIX)));
        }
        catch (NoSuchFileException ex) {
            return Optional.empty();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The decoded content of one leaf part (numbered as in {@link MailMessage#parts()}). */
    public Optional<PartContent> part(String id, int index) {
        return raw(id).flatMap(bytes -> {
            try {
                List<Leaf> leaves = leaves(mime(bytes));
                if (index < 0 || index >= leaves.size()) {
                    return Optional.empty();
                }
                Part part = leaves.get(index).part();
                try (InputStream in = part.getInputStream()) {
                    return Optional.of(new PartContent(baseType(part), fileName(part), in.readAllBytes()));
                }
            }
            catch (MessagingException | IOException ex) {
                log.warn("Could not read part {} of captured mail {}: {}", index, id, ex.toString());
                return Optional.empty();
            }
        });
    }

    static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private MimeMessage mime(byte[] bytes) throws MessagingException {
        return new MimeMessage(this.session, new ByteArrayInputStream(bytes));
    }

    private MailMessage parse(String id, byte[] bytes) throws MessagingException, IOException {
        MimeMessage message = mime(bytes);
        Instant receivedAt = receivedAt(id);
        Instant date = message.getSentDate() == null ? null : message.getSentDate().toInstant();

        List<MailMessage.HeaderLine> headers = new ArrayList<>();
        for (Enumeration<Header> all = message.getAllHeaders(); all.hasMoreElements();) {
            Header header = all.nextElement();
            headers.add(new MailMessage.HeaderLine(header.getName(), decode(header.getValue())));
        }

        List<String> to = new ArrayList<>(addresses(message, "To"));
        to.addAll(addresses(message, "Cc"));
        if (to.isEmpty()) {
            String envelope = message.getHeader("X-Envelope-To", ",");
            if (envelope != null) {
                for (String address : MimeUtility.unfold(envelope).split(",")) {
                    if (!address.isBlank()) {
                        to.add(address.trim());
                    }
                }
            }
        }
        List<String> from = addresses(message, "From");
        String subject = subject(message);

        String text = null;
        String html = null;
        List<MailMessage.Attachment> parts = new ArrayList<>();
        List<Leaf> leaves = leaves(message);
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            Part part = leaf.part();
            String type = baseType(part);
            boolean attachment = leaf.attachment();
            if (!attachment && text == null && "text/plain".equals(type)) {
                text = text(part);
            }
            else if (!attachment && html == null && "text/html".equals(type)) {
                html = text(part);
            }
            parts.add(new MailMessage.Attachment(i, type, fileName(part), contentId(part), attachment, part.getSize()));
        }
        return new MailMessage(id, receivedAt, date, String.join(", ", from), List.copyOf(to), subject,
                List.copyOf(headers), text, html, List.copyOf(parts), bytes.length);
    }

    private static Instant receivedAt(String id) {
        try {
            return Instant.from(ID_TIME.parse(id.substring(0, id.indexOf('-'))));
        }
        catch (DateTimeParseException ex) {
            return Instant.EPOCH;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject;
        }
        catch (MessagingException ex) {
            return "";
        }
    }

    private static List<String> addresses(MimeMessage message, String header) {
        String raw;
        try {
            raw = message.getHeader(header, ",");
        }
        catch (MessagingException ex) {
            return List.of();
        }
        if (raw == null) {
            return List.of();
        }
        try {
            Address[] parsed = InternetAddress.parseHeader(raw, false);
            List<String> result = new ArrayList<>();
            for (Address address : parsed) {
                result.add(address instanceof InternetAddress internet ? display(internet) : address.toString());
            }
            return result;
        }
        catch (MessagingException ex) {
            return List.of(decode(raw));
        }
    }

    /** {@code Name <address>}, unquoted and decoded, or the bare address. */
    private static String display(InternetAddress address) {
        String personal = address.getPersonal();
        return personal == null || personal.isBlank() ? address.getAddress() : personal + " <" + address.getAddress() + ">";
    }

    private static String decode(String value) {
        if (value == null) {
            return "";
        }
        String unfolded = MimeUtility.unfold(value);
        try {
            return MimeUtility.decodeText(unfolded);
        }
        catch (UnsupportedEncodingException | RuntimeException ex) {
            return unfolded;
        }
    }

    private static String text(Part part) throws IOException, MessagingException {
        try {
            Object content = part.getContent();
            if (content instanceof String string) {
                return string;
            }
        }
        catch (UnsupportedEncodingException ex) {
            // unknown charset: fall through to UTF-8
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String baseType(Part part) {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(java.util.Locale.ROOT);
        }
        catch (MessagingException | RuntimeException ex) {
            return "application/octet-stream";
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? null : decode(name);
        }
        catch (MessagingException ex) {
            return null;
        }
    }

    private static String contentId(Part part) {
        if (part instanceof MimePart mime) {
            try {
                String cid = mime.getContentID();
                if (cid != null) {
                    cid = cid.trim();
                    if (cid.startsWith("<") && cid.endsWith(">")) {
                        cid = cid.substring(1, cid.length() - 1);
                    }
                    return cid;
                }
            }
            catch (MessagingException ex) {
                return null;
            }
        }
        return null;
    }

    private record Leaf(Part part, boolean attachment) {
    }

    /** The non-multipart parts, depth first, in document order. */
    private static List<Leaf> leaves(Part root) throws MessagingException, IOException {
        List<Leaf> leaves = new ArrayList<>();
        collect(root, leaves);
        return leaves;
    }

    private static void collect(Part part, List<Leaf> leaves) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i), leaves);
                }
                return;
            }
        }
        String disposition;
        try {
            disposition = part.getDisposition();
        }
        catch (MessagingException ex) {
            disposition = null;
        }
        boolean body = part.isMimeType("text/plain") || part.isMimeType("text/html");
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || part.getFileName() != null || !body;
        leaves.add(new Leaf(part, attachment));
    }

    /** Decoded bytes of one part. */
    public record PartContent(String contentType, String fileName, byte[] bytes) {
    }

    /** What the list page shows. */
    public record MailSummary(String id, Instant receivedAt, Instant date, String from, List<String> to, String subject) {
        public MailSummary {
            to = to == null ? List.of() : Collections.unmodifiableList(to);
        }
    }
}
