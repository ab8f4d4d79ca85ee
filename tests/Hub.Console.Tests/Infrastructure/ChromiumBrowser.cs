using Microsoft.Playwright;

namespace Hub.Console.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright: never a downloaded browser (scripts/test.sh installs the <c>chromium</c>
/// package). Missing, it fails the tests with the command that installs it.
/// </summary>
public static class ChromiumBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Screenshots of each page, kept as test artifacts.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("HUB_TEST_RESULTS") is { Length: > 0 } results ? results : Path.Combine(AppContext.BaseDirectory, "TestResults"),
        "screenshots");

    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: the console tests drive Debian's Chromium (`apt-get install -y chromium`, done by scripts/test.sh).");
        }
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        EnsureInstalled();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // As root (CI, containers) Chromium refuses to start with its sandbox.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }
}
