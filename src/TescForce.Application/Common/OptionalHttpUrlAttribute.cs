using System.ComponentModel.DataAnnotations;

namespace TescForce.Application.Common;

/// <summary>Empty is fine (the field is optional); otherwise an absolute http or https address.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class OptionalHttpUrlAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is null
        || (value is string text && (string.IsNullOrWhiteSpace(text)
            || (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                && !string.IsNullOrEmpty(uri.Host))));
}
