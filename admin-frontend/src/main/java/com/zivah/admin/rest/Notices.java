package com.zivah.admin.rest;

import java.util.Map;
import java.util.function.Function;

import com.zivah.admin.i18n.ManageMessages;

/**
 * The feedback a redirect may carry in {@code ?done=} (post/redirect/get): only these keys are shown, anything else
 * in the parameter is ignored.
 */
public final class Notices {

    private static final Map<String, Function<ManageMessages, String>> KNOWN = Map.ofEntries(
            Map.entry("productSaved", ManageMessages::productSaved),
            Map.entry("productCreated", ManageMessages::productCreated),
            Map.entry("productDeleted", ManageMessages::productDeleted),
            Map.entry("productStockSaved", ManageMessages::productStockSaved),
            Map.entry("productActivated", ManageMessages::productActivated),
            Map.entry("productDeactivated", ManageMessages::productDeactivated),
            Map.entry("imageUploaded", ManageMessages::imageUploaded),
            Map.entry("imagesOrdered", ManageMessages::imagesOrdered),
            Map.entry("imageRemoved", ManageMessages::imageRemoved),
            Map.entry("categoryCreated", ManageMessages::categoryCreated),
            Map.entry("categorySaved", ManageMessages::categorySaved),
            Map.entry("categoryDeleted", ManageMessages::categoryDeleted),
            Map.entry("categoryMoved", ManageMessages::categoryMoved),
            Map.entry("settingSaved", ManageMessages::settingSaved),
            Map.entry("userCreated", ManageMessages::userCreated),
            Map.entry("userRoleChanged", ManageMessages::userRoleChanged),
            Map.entry("userDisabledDone", ManageMessages::userDisabledDone),
            Map.entry("userEnabledDone", ManageMessages::userEnabledDone),
            Map.entry("userResetSent", ManageMessages::userResetSent),
            Map.entry("deliveryResent", ManageMessages::deliveryResent));

    private Notices() {
    }

    /** The words of a known notice key in the page's language, else null. */
    public static String text(String key, ManageMessages messages) {
        Function<ManageMessages, String> notice = key == null ? null : KNOWN.get(key);
        return notice == null ? null : notice.apply(messages);
    }
}
