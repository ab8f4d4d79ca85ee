using System.Security.Cryptography;
using Hub.Storage;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Security;

/// <summary>
/// The embedded default's token issuer: an RSA key kept under the data directory signs tokens for any role, so a fresh
/// checkout can call the API without an identity provider. It exists only while no external authority is configured,
/// and Production refuses to start with it (<see cref="SecurityStartupCheck"/>).
/// </summary>
public sealed class DevTokenIssuer
{
    public const string Issuer = "urn:lda-hub:dev-issuer";
    private const string KeyFileName = "dev-issuer.pem";

    private readonly AuthOptions _options;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public DevTokenIssuer(IOptions<AuthOptions> options, IOptions<HubDataOptions> data, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        _options = options.Value;
        _time = time;
        SigningKey = LoadOrCreateKey(Path.Combine(data.Value.FullDataDirectory, "keys", KeyFileName));
    }

    public RsaSecurityKey SigningKey { get; }

    /// <summary>Mints a signed access token for <paramref name="roles"/>; <paramref name="lifetime"/> may be negative (an expired token, for tests).</summary>
    public string Mint(IReadOnlyCollection<string> roles, string subject, TimeSpan? lifetime = null, string? organisation = null, string? clientId = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var now = _time.GetUtcNow();
        var expires = now + (lifetime ?? _options.DevTokenLifetime);
        var issuedAt = expires < now ? expires - TimeSpan.FromMinutes(5) : now;
        var claims = new Dictionary<string, object>
        {
            [HubClaims.Subject] = subject,
            [HubClaims.Role] = roles.Count == 1 ? roles.First() : roles.ToArray(),
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        if (organisation is not null)
        {
            claims[HubClaims.Organisation] = organisation;
        }

        if (clientId is not null)
        {
            claims[HubClaims.ClientId] = clientId;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = _options.Audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private static RsaSecurityKey LoadOrCreateKey(string path)
    {
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        // The key id lets a verifier pick the key without trying each one, as with a provider's JWKS.
        return new RsaSecurityKey(rsa) { KeyId = Convert.ToHexString(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16].ToLowerInvariant() };
    }
}
