package com.zivah.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The paging query parameters every list endpoint takes: {@code ?page=0&size=20} (page is zero-based).
 * Use as {@code @BeanParam @Valid PageRequest paging}; out-of-range values give a 400 naming the parameter.
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{zivah.page.range}")
    @Max(value = 1_000_000, message = "{zivah.page.range}") // page × size stays an int offset
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{zivah.page.size-range}")
    @Max(value = 100, message = "{zivah.page.size-range}")
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }
}
