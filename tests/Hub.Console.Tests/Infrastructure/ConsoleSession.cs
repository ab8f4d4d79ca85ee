using Microsoft.Playwright;

namespace Hub.Console.Tests.Infrastructure;

/// <summary>One agent's browser context: logs in through the provider's real login page, takes screenshots.</summary>
public sealed class ConsoleSession(ConsoleHubFactory hub, IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public static async Task<ConsoleSession> LogInAsync(ConsoleHubFactory hub, IBrowser browser, Agent agent, string start = "/console")
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(agent);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", TimezoneId = "Europe/Paris", AcceptDownloads = true });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();

        // An anonymous visit to a console page goes to the hub's login, which sends the browser to the provider.
        await page.GotoAsync(new Uri(hub.Address, start).ToString());
        await page.WaitForURLAsync(url => url.StartsWith(ConsoleHubFactory.Authority.ToString().TrimEnd('/'), StringComparison.Ordinal));
        await page.FillAsync("input[name=email]", agent.Email);
        await page.FillAsync("input[name=password]", TestAgents.Password);
        await page.ClickAsync("button[type=submit]");

        // The provider's consent page comes the first time an agent logs in to the console client.
        var console = new Uri(hub.Address, "/console").ToString();
        for (var wait = 0; wait < 150 && !page.Url.StartsWith(console, StringComparison.Ordinal); wait++)
        {
            if (await page.Locator("input[name=prompt][value=consent]").CountAsync() > 0)
            {
                await page.ClickAsync("button[type=submit]");
                await page.WaitForLoadStateAsync();
                continue;
            }

            await Task.Delay(200);
        }

        if (!page.Url.StartsWith(console, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The login of {agent.Email} did not come back to the console: {page.Url}\n{await page.ContentAsync()}");
        }

        return new ConsoleSession(hub, context, page);
    }

    public async Task<IResponse?> GoAsync(string path) => await Page.GotoAsync(new Uri(hub.Address, path).ToString());

    /// <summary>A full-page screenshot under TestResults/screenshots; the path goes to the test output.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ChromiumBrowser.ScreenshotFolder);
        var path = Path.Combine(ChromiumBrowser.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
