namespace Hub.Api.Security.Hardening;

/// <summary><c>Hub:Api:Cors</c>: closed unless origins are listed.</summary>
public sealed class ApiCorsOptions
{
    /// <summary>Exact origins (<c>https://console.example.fr</c>) whose pages may call the API; none by default.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Lets listed origins send cookies. Off: browser callers present a bearer token, and a credentialed cross-origin
    /// call is what a CSRF would ride on.
    /// </summary>
    public bool AllowCredentials { get; set; }
}
