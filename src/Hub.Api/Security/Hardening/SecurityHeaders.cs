namespace Hub.Api.Security.Hardening;

/// <summary>
/// Headers on every response, errors included (set when the response starts, after any error handler rewrote it).
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The API returns JSON only: nothing may load, nothing may frame it.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>
    /// The API reference page: Scalar serves its script from the hub and starts it with an inline module, styles inline,
    /// loads its fonts from fonts.scalar.com and calls the API ("Try it") on the same origin.
    /// </summary>
    public const string ReferencePagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline' https://fonts.scalar.com; " +
        "font-src 'self' data: https://fonts.scalar.com; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// The console (<c>/console</c>): its pages, forms, DSFR files and poll all come from the hub itself. Scripts only
    /// from files; styles may be inline because the DSFR's script sets style attributes on some components; the DSFR's
    /// icons are data: URIs in its stylesheet.
    /// </summary>
    public const string ConsolePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static readonly PathString Console = "/console";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    public static readonly PathString ReferencePage = "/scalar";

    public static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        var referencePage = context.Request.Path.StartsWithSegments(ReferencePage, StringComparison.OrdinalIgnoreCase);
        headers.ContentSecurityPolicy = referencePage ? ReferencePagePolicy
            : context.Request.Path.StartsWithSegments(Console, StringComparison.Ordinal) ? ConsolePolicy
            : ApiPolicy;
        if (!referencePage)
        {
            // Answers carry personal data: no proxy or browser cache may keep them. The reference page's script may be cached.
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }
}
