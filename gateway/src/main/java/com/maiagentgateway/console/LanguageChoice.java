package com.maiagentgateway.console;

import com.maiagentgateway.platform.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/** The page's language for templates: its tag for {@code lang}, the links to the others, and the words the script needs. */
@Named("language")
@RequestScoped
public class LanguageChoice {

    /** A language link: where it goes and whether it is the page's own. */
    public record Link(String tag, String name, String href, boolean current) {
    }

    public String getTag() {
        return ConsoleText.locale().toLanguageTag();
    }

    private List<Link> links;

    /** Worked out once per request (the template's repeat reads it more than once). */
    public List<Link> getLinks() {
        if (links != null) {
            return links;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String back = URLEncoder.encode(here, StandardCharsets.UTF_8);
        String current = getTag();
        links = Arrays.stream(ConsoleLanguages.Language.values())
                .map(l -> new Link(l.tag(), l.nativeName(), request.getContextPath() + "/language?to=" + l.tag() + "&return=" + back,
                        l.tag().equals(current)))
                .toList();
        return links;
    }

    /** A key's text with one argument, for pages (MessageFormat orders words as each language needs). */
    public String format(String key, Object argument) {
        return ConsoleText.get(key, argument);
    }

    public String format2(String key, Object first, Object second) {
        return ConsoleText.get(key, first, second);
    }

    /** The js.* words as JSON for the console's script; '<' escaped, as it is written inside a script element. */
    public String getScriptText() {
        ResourceBundle bundle = ResourceBundle.getBundle(ConsoleText.BUNDLE, ConsoleText.locale());
        JsonObjectBuilder words = Jsonp.createObjectBuilder();
        bundle.keySet().stream().filter(k -> k.startsWith("js.")).sorted().forEach(k -> words.add(k.substring(3), bundle.getString(k)));
        return words.build().toString().replace("<", "\\u003c");
    }
}
