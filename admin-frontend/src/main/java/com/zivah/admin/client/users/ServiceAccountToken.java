package com.zivah.admin.client.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The token endpoint's answer, only what the admin reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceAccountToken(@JsonProperty("access_token") String accessToken,
                                  @JsonProperty("expires_in") long expiresIn) {
}
