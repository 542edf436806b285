package com.zivah.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stack's GreenMail through its REST API: the messages an address received, raw (MIME) and decoded. */
final class Mailbox {

    private static final Pattern QP_BYTES = Pattern.compile("(=[0-9A-F]{2})+");

    private Mailbox() {
    }

    /** The address's INBOX as GreenMail lists it (none while the address received nothing). */
    static List<Map<String, Object>> messages(String address) {
        String inbox = given().baseUri(LocalStack.MAIL_API).get("/api/user/" + address + "/messages/INBOX").asString();
        if (!inbox.trim().startsWith("[")) {
            return List.of(); // GreenMail answers an object (an error) for an address that received nothing
        }
        return JsonPath.from(inbox).getList("$");
    }

    /** Messages of the address that contain the text anywhere (headers or raw body). */
    static int count(String address, String containing) {
        return (int) messages(address).stream().filter(m -> String.valueOf(m).contains(containing)).count();
    }

    /** The first message whose decoded text contains {@code containing}: its MIME source, quoted-printable undone. */
    static Optional<String> decoded(String address, String containing) {
        return messages(address).stream()
                .map(m -> quotedPrintable(String.valueOf(m.get("mimeMessage"))))
                .filter(text -> text.contains(containing))
                .findFirst();
    }

    /** Undoes quoted-printable (soft line breaks, =XX bytes as UTF-8); harmless on 7bit parts. */
    static String quotedPrintable(String mime) {
        String joined = mime.replace("=\r\n", "").replace("=\n", "");
        Matcher bytes = QP_BYTES.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (bytes.find()) {
            String hex = bytes.group().replace("=", "");
            byte[] raw = new byte[hex.length() / 2];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            bytes.appendReplacement(out, Matcher.quoteReplacement(new String(raw, StandardCharsets.UTF_8)));
        }
        bytes.appendTail(out);
        return out.toString();
    }
}
