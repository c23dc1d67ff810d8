namespace Attribution.Cli;

/// <summary>The exit codes of attrib, as a linter's: 0 clean, 1 findings, 2 usage or input error.</summary>
internal static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageOrInputError = 2;
}
