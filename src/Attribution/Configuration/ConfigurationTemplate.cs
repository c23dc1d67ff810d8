namespace Attribution.Configuration;

/// <summary>The commented starter file <c>attrib init</c> writes: every key shown, none changing the defaults.</summary>
public static class ConfigurationTemplate
{
    public const string Text = """
        # attribution.yaml: settings for attrib check, found upward from each checked file.
        # The nearest file wins, key by key; a file with `root: true` stops the search.

        # root: true

        # Rule levels: error, warning, info, on (the rule's default) or off. `attrib explain` lists the rules.
        rules:
          # ATTR006: off        # unnamed sources are house style here
          # ATTR013: warning

        # Paths to leave out, relative to this file, in .gitignore syntax.
        ignore:
          # - drafts/
          # - "archive/**/*.html"

        # Who held which office when (see the README's roles registry), relative to this file.
        # registry: people.yaml

        # Verbs of saying and titles your newsroom uses that the built-in lexicons lack.
        # cues: [harrumphed, opined]
        # titles: [Ombudsman, Public Advocate]

        # Check titles against the bundled public records of US office holders (ATTR014).
        # public-records: false

        """;
}
