package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.maiagentgateway.console.ConsoleLanguages.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which language a browser gets, and that every translation has every text with the same placeholders as English. */
class ConsoleLanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zh-TW,zh;q=0.9,en;q=0.8 | zh-TW",
            "zh-Hant-HK | zh-TW",
            "zh | zh-TW",
            "zh-CN,ja;q=0.5 | ja",
            "zh-Hans,en;q=0.1 | en",
            "ja-JP | ja",
            "fr-FR,ja;q=0.3,en;q=0.2 | ja",
            "en;q=0.2,ja;q=0.9 | ja",
            "de-DE | en",
            "'' | en",
            "*;;q=x | en"})
    void theBestOfTheBrowsersLanguagesWins(String acceptLanguage, String expected) {
        assertEquals(expected, ConsoleLanguages.fromAcceptLanguage(acceptLanguage).tag());
    }

    @ParameterizedTest
    @ValueSource(strings = {"com/maiagentgateway/console/ConsoleText", "ValidationMessages"})
    void everyTranslationHasEveryTextWithTheSamePlaceholders(String bundle) {
        TreeMap<String, Set<String>> english = placeholders(load(bundle + ".properties"));
        for (Language language : Language.values()) {
            if (language == Language.ENGLISH) {
                continue;
            }
            String file = bundle + "_" + language.locale().toString() + ".properties";
            assertEquals(english, placeholders(load(file)), file);
        }
    }

    private static Properties load(String resource) {
        try (InputStream in = ConsoleLanguagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NullPointerException absent) {
            throw new AssertionError(resource + " is missing");
        }
    }

    private static TreeMap<String, Set<String>> placeholders(Properties texts) {
        Pattern placeholder = Pattern.compile("\\{[A-Za-z0-9]+}");
        TreeMap<String, Set<String>> byKey = new TreeMap<>();
        for (String key : texts.stringPropertyNames()) {
            Set<String> found = new TreeSet<>();
            Matcher m = placeholder.matcher(texts.getProperty(key));
            while (m.find()) {
                found.add(m.group());
            }
            byKey.put(key, found);
        }
        return byKey;
    }
}
