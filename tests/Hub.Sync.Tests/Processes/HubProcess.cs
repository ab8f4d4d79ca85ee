using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Hub.Sync.Tests.Processes;

/// <summary>
/// The built hub (<c>Hub.Api.dll</c>, copied beside the tests by the project reference) in its own OS process, as
/// <c>dotnet Hub.Api.dll</c> runs it in production: configured through <c>Hub__…</c> environment variables, listening
/// on a free loopback port, its stdout and stderr appended to one log file across restarts. <see cref="Kill"/> is
/// SIGKILL: no shutdown hook, no flush, no finally block runs in the hub.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Lock _logLock = new();
    private readonly StreamWriter _log;
    private Process? _process;
    private int _incarnation;
    private bool _closed;

    public HubProcess(string name, string dataDirectory, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Name = name;
        DataDirectory = dataDirectory;
        _settings = settings;
        Directory.CreateDirectory(dataDirectory);
        LogPath = Path.Combine(dataDirectory, $"{name}.log");
        _log = new StreamWriter(LogPath, append: true, Encoding.UTF8) { AutoFlush = true };
    }

    public string Name { get; }

    public string DataDirectory { get; }

    public string LogPath { get; }

    public HttpClient Client { get; private set; } = new();

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Where the tests find the hub: the project reference copies Hub.Api.dll and its runtimeconfig here.</summary>
    public static string HubAssembly
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Hub.Api.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Hub.Api.dll is not beside the test assembly: build the solution first.", path);
        }
    }

    /// <summary>Starts the hub and waits until it is ready (migrations applied, Kestrel listening).</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        var token = await MintTokenAsync();
        var port = FreeLoopbackPort();
        _incarnation++;
        WriteLog($"===== {Name} start #{_incarnation} on port {port} =====");
        var process = new Process { StartInfo = StartInfo("--urls", $"http://127.0.0.1:{port}"), EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => WriteLog(e.Data);
        process.ErrorDataReceived += (_, e) => WriteLog(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        Client.Dispose();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode} before it was ready.\n{ReadLog()}");
            }

            try
            {
                using var ready = await Client.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (started.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"{Name} was not ready after {StartTimeout}.\n{ReadLog()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL (Process.Kill on Linux), then waits for the process to be gone.</summary>
    public void Kill()
    {
        if (_process is not { } process)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        WriteLog($"===== {Name} killed (SIGKILL) =====");
        process.Dispose();
        _process = null;
    }

    public string ReadLog()
    {
        lock (_logLock)
        {
            if (!_closed)
            {
                _log.Flush();
            }
        }

        using var reader = new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var text = reader.ReadToEnd();
        // The end of the log says why it failed; the beginning is the banner of every start.
        return text.Length > 60_000 ? "…" + text[^60_000..] : text;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        Client.Dispose();
        lock (_logLock)
        {
            _closed = true;
            _log.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A token from the hub's dev issuer (its key is kept under the data directory, so it outlives restarts).</summary>
    private async Task<string> MintTokenAsync()
    {
        using var process = new Process { StartInfo = StartInfo("token", "--role", "admin") };
        process.Start();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 && (await output).Trim() is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException($"`Hub.Api.dll token` exited with {process.ExitCode}: {await error}");
    }

    private ProcessStartInfo StartInfo(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            // appsettings.json is beside the assembly: it is the hub's content root.
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(HubAssembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The test host's own settings must not leak into the hub.
        foreach (var inherited in info.Environment.Keys.Where(k => k.StartsWith("Hub__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(inherited);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["Hub__DataDirectory"] = DataDirectory;
        foreach (var (key, value) in _settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return info;
    }

    private void WriteLog(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            if (_closed)
            {
                return;
            }

            _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {line}"));
        }
    }

    internal static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
