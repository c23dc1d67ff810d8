using System.CommandLine;

namespace Attribution.Cli;

/// <summary>
/// attrib check's --help-uri-base: where the rule pages are published, so that SARIF viewers link each rule to its
/// page (<c>{base}/ATTR004</c>). The project publishes none itself, so without the option there is no such link.
/// </summary>
internal static class HelpUriOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--help-uri-base")
        {
            HelpName = "URL",
            Description = "Where the rule pages are published: SARIF gives each rule the help link URL/ATTRnnn.",
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !IsAbsoluteWebAddress(value))
            {
                result.AddError($"--help-uri-base needs an absolute http or https URL, not '{value}'");
            }
        });
        return option;
    }

    private static bool IsAbsoluteWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
