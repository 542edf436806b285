package com.zivah.admin.rest.users;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.RestForm;

import com.zivah.admin.service.users.NewStaffUser;
import com.zivah.admin.service.users.StaffRole;

/** The new-user form as posted (shown back as typed on an error). */
public class NewUserForm {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cc}]{1,64}@[^@\\s\\p{Cc}]+\\.[^@\\s\\p{Cc}]{2,}");
    private static final Pattern ONE_LINE = Pattern.compile("[^\\p{Cc}]*");

    @RestForm public String email;
    @RestForm public String firstName;
    @RestForm public String lastName;
    @RestForm public String role;

    /** Field → message key of what is wrong (empty: valid). */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (email == null || email.trim().length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
            errors.put("email", "emailInvalid");
        }
        if (!name(firstName)) {
            errors.put("firstName", "nameRequired");
        }
        if (!name(lastName)) {
            errors.put("lastName", "nameRequired");
        }
        if (StaffRole.parse(role).isEmpty()) {
            errors.put("role", "roleInvalid");
        }
        return errors;
    }

    public NewStaffUser toUser() {
        return new NewStaffUser(email, firstName, lastName, StaffRole.parse(role).orElseThrow());
    }

    private static boolean name(String value) {
        return value != null && !value.isBlank() && value.trim().length() <= 100 && ONE_LINE.matcher(value).matches();
    }

    public static NewUserForm empty() {
        NewUserForm form = new NewUserForm();
        form.role = "VIEWER";
        return form;
    }
}
