using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.Security;

/// <summary>Gives each endpoint the authorization its name has in <see cref="AccessPolicyTable"/>.</summary>
public static class AccessPolicyConventions
{
    /// <summary>
    /// Applied last (after each endpoint's own <c>WithName</c>), so the table, not the feature code, decides who may
    /// call. An endpoint without a name or without a row in the table stops the hub: none can ship unguarded.
    /// </summary>
    public static TBuilder RequireDeclaredAccess<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Finally(endpoint =>
        {
            var name = endpoint.Metadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName;
            var rule = name is not null
                ? AccessPolicyTable.For(name)
                : AccessPolicyTable.ForUnnamed((endpoint as RouteEndpointBuilder)?.RoutePattern.RawText);
            if (rule is null)
            {
                throw new InvalidOperationException(
                    $"Endpoint '{name ?? endpoint.DisplayName}' has no access rule: name it and declare it in AccessPolicyTable (and docs/SECURITY.md).");
            }

            // The rule travels with the endpoint: the audit middleware records calls by what they give access to.
            endpoint.Metadata.Add(rule);
            endpoint.Metadata.Add(rule.Kind == AccessKind.Anonymous ? new AllowAnonymousAttribute() : new AuthorizeAttribute(rule.Name));
        });
        return builder;
    }
}
