namespace Hub.Api.Console;

/// <summary>
/// Names a console page's endpoint (Razor component endpoints have no <c>WithName</c>), so that
/// <see cref="Security.AccessPolicyTable"/> decides who may open it, like every other endpoint.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ConsolePageAttribute(string endpointName) : Attribute, IEndpointNameMetadata
{
    public string EndpointName { get; } = endpointName;
}
