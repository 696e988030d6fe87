package com.maiagentgateway.console;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language links: {@code /language?to=ja&return=/…/console/records.xhtml?…} keeps the choice in a cookie for a
 * year and goes back to the page, as it was addressed. Open to everyone, since the sign-in page has the links too.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        ConsoleLanguages.Language chosen = ConsoleLanguages.byTag(request.getParameter("to"));
        if (chosen != null) {
            Cookie cookie = new Cookie(ConsoleLanguages.COOKIE, chosen.tag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", ReturnAddress.safePage(request.getContextPath(), request.getParameter("return")));
    }
}
