using Microsoft.Playwright;

namespace Hub.Console.Tests.Infrastructure;

/// <summary>A test class with its own headless Chromium (Debian's), launched before its tests and closed after them.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    protected IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser starts in InitializeAsync.");

    public async Task InitializeAsync() => (_playwright, _browser) = await ChromiumBrowser.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
