package nl.codewijzer.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The real Chromium phones of {@link TeamDayBenchmark}, driven from a process of their own so that
 * Playwright's client-side bookkeeping of every page (requests, headers, frames) does not sit in the
 * server's heap and count as server memory. Reads commands on stdin, answers on stdout:
 * {@code open i} opens the join address on phone i, logs in there and is brought back to the meeting (answers {@code opened}); {@code close i} closes it; {@code await-poll} waits until every phone shows the poll; {@code vote i}
 * clicks the first answer on phone i (answers {@code voted i <browser time in ms before the click>});
 * {@code quit}.
 *
 * <p>Arguments: base URL, join code, password, then the phones' e-mail addresses.
 */
public final class PhoneCrowd {

    private PhoneCrowd() {
    }

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var joinCode = args[1];
        var password = args[2];
        var emails = List.of(args).subList(3, args.length);
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-background-timer-throttling", "--disable-renderer-backgrounding")));
            var phones = new java.util.HashMap<Integer, Page>();
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("open ")) {
                    int index = Integer.parseInt(line.substring(5));
                    phones.put(index, open(browser, base, emails.get(index), password, joinCode));
                    answer("opened");
                } else if (line.startsWith("close ")) {
                    phones.remove(Integer.parseInt(line.substring(6))).context().close();
                    answer("closed");
                } else if (line.equals("await-poll")) {
                    for (var phone : phones.values()) {
                        phone.locator("#vote-option-0").waitFor();
                    }
                    answer("poll-shown");
                } else if (line.startsWith("vote ")) {
                    int index = Integer.parseInt(line.substring(5));
                    var phone = phones.get(index);
                    long start = ((Number) phone.evaluate("Date.now()")).longValue();
                    phone.locator("#vote-option-0").click();
                    answer("voted " + index + " " + start);
                } else if (line.equals("quit")) {
                    break;
                }
            }
        }
    }

    private static Page open(Browser browser, String base, String email, String password, String joinCode) {
        var context = browser.newContext(new Browser.NewContextOptions().setBaseURL(base)
                .setViewportSize(360, 740).setLocale("nl-NL"));
        context.setDefaultTimeout(30_000);
        var phone = context.newPage();
        // as a teacher does it: scan the join address, log in, and be brought back to the meeting
        phone.navigate("/doemee/" + joinCode);
        phone.waitForURL(url -> url.contains("/login"));
        phone.locator("input[name=username]").fill(email);
        phone.locator("input[name=password]").fill(password);
        phone.locator("vaadin-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Inloggen")).first().click();
        phone.waitForURL(url -> url.contains("/doemee/" + joinCode));
        phone.locator("#phone-question").waitFor();
        return phone;
    }

    private static void answer(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
