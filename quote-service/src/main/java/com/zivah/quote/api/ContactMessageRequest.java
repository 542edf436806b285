package com.zivah.quote.api;

import com.zivah.quote.ContactMessage;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/contact-messages}: who writes, about what, in which language. */
public record ContactMessageRequest(
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 255)
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{zivah.email}") String email,
        @Size(max = 50) String phone,
        @Size(max = 255) String company,
        @NotBlank @Size(max = ContactMessage.MAX_SUBJECT) String subject,
        @NotBlank @Size(max = ContactMessage.MAX_MESSAGE) String message,
        @Pattern(regexp = "es|en", message = "{zivah.language}") String locale) {
}
