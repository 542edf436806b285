package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.service.ContactMessage;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The contact form as posted (Strings, shown back as typed on error) with {@link FormGuard}'s fields. */
public class ContactForm {

    static final List<String> FIELD_ORDER = List.of("name", "email", "phone", "company", "subject", "message");

    @RestForm
    @NotBlank(message = "{rfq.name.required}")
    @Size(max = 120, message = "{rfq.text.tooLong}")
    @Pattern(regexp = RfqForm.ONE_LINE, flags = Pattern.Flag.DOTALL, message = "{rfq.text.invalidChars}")
    public String name;

    @RestForm
    @NotBlank(message = "{rfq.email.required}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{rfq.email.invalid}")
    @Size(max = 254, message = "{rfq.text.tooLong}")
    @Pattern(regexp = RfqForm.ONE_LINE, flags = Pattern.Flag.DOTALL, message = "{rfq.text.invalidChars}")
    public String email;

    @RestForm
    @Pattern(regexp = "[0-9+()./\\s-]{0,30}", message = "{rfq.phone.invalid}")
    public String phone;

    @RestForm
    @Size(max = 160, message = "{rfq.text.tooLong}")
    @Pattern(regexp = RfqForm.ONE_LINE, flags = Pattern.Flag.DOTALL, message = "{rfq.text.invalidChars}")
    public String company;

    @RestForm
    @NotBlank(message = "{contact.subject.required}")
    @Size(max = 200, message = "{rfq.text.tooLong}")
    @Pattern(regexp = RfqForm.ONE_LINE, flags = Pattern.Flag.DOTALL, message = "{rfq.text.invalidChars}")
    public String subject;

    @RestForm
    @NotBlank(message = "{contact.message.required}")
    @Size(max = 5000, message = "{rfq.message.tooLong}")
    @Pattern(regexp = RfqForm.MULTI_LINE, flags = Pattern.Flag.DOTALL, message = "{rfq.text.invalidChars}")
    public String message;

    @RestForm
    public String idempotencyKey;

    @RestForm
    public String started;

    /** The honeypot (see {@link FormGuard}). */
    @RestForm
    public String website;

    public ContactMessage toMessage(Language language) {
        return new ContactMessage(name.trim(), email.trim(), RfqForm.blankToNull(phone), RfqForm.blankToNull(company),
                subject.trim(), message.strip(), language);
    }
}
