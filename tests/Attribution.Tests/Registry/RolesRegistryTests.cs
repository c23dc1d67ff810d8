using Attribution.Registry;

namespace Attribution.Tests.Registry;

/// <summary>Loading a roles registry from real files: the schema, merging the two lists, matching names, and every kind of bad file.</summary>
public sealed class RolesRegistryTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private RolesRegistry Load(string yaml) => RolesRegistry.Load(_directory.Write("people.yaml", yaml), "people.yaml");

    private string LoadError(string yaml) => Assert.Throws<RegistryException>(() => Load(yaml)).Message;

    [Fact]
    public void Loads_the_sample_registry_with_both_lists_merged()
    {
        var registry = RolesRegistry.Load(Path.Combine(RuleTester.RepositoryRoot, "samples", "registry.yaml"), "samples/registry.yaml");
        Assert.Equal("samples/registry.yaml", registry.Source);
        Assert.Equal(
            ["Dmitry Medvedev", "Vladimir Putin", "Asif Ali Zardari", "Pervez Musharraf", "Ashfaq Parvez Kayani", "Shah Mahmood Qureshi", "Khurshid Mahmud Kasuri", "Sergei Lavrov", "Mikhail Fradkov"],
            registry.People.Select(p => p.Name));
        // Putin is in both lists with the same term: one term.
        var putin = Assert.Single(registry.People, p => p.Name == "Vladimir Putin");
        var term = Assert.Single(putin.Terms);
        Assert.Equal("Prime Minister (Russia) from 2008-05-08 to 2012-05-07", $"{term.Role} {term.Period}");
        var lavrov = Assert.Single(Assert.Single(registry.People, p => p.Name == "Sergei Lavrov").Terms);
        Assert.Null(lavrov.To);
        Assert.Equal("from 2004-03-09", lavrov.Period);
    }

    [Fact]
    public void Reads_offices_by_id_or_title_jurisdictions_by_name_or_adjective_and_partial_dates()
    {
        var registry = Load("""
            people:
              - name: Dmitry Medvedev
                aliases: Dmitri Medvedev
                roles:
                  - office: Prime Minister
                    jurisdiction: Russian
                    from: 2012-05
                    to: 2020
                  - { office: president, jurisdiction: russia, from: 2008-05-07, to: 2012-05-07 }
            """);
        var medvedev = Assert.Single(registry.People);
        Assert.Equal(["Dmitri Medvedev"], medvedev.Aliases);
        Assert.Equal(2, medvedev.Terms.Count);
        var premiership = medvedev.Terms[0];
        Assert.Equal("prime-minister", premiership.Office.Id);
        Assert.Equal("Russia", premiership.Jurisdiction);
        Assert.Equal(new DateOnly(2012, 5, 1), premiership.From!.Value.First);
        Assert.Equal(new DateOnly(2012, 5, 31), premiership.From!.Value.Last);
        Assert.Equal(new DateOnly(2020, 12, 31), premiership.To!.Value.Last);
        Assert.Equal(5, premiership.Line);
        Assert.Equal("president", medvedev.Terms[1].Office.Id);
        Assert.Equal(9, medvedev.Terms[1].Line);
    }

    [Fact]
    public void A_holder_in_the_offices_list_joins_the_person_named_or_aliased_in_the_people_list()
    {
        var registry = Load("""
            offices:
              - office: prime-minister
                jurisdiction: Russia
                holders:
                  - { name: v. v. putin, from: 2008-05-08, to: 2012-05-07 }
                  - { name: Viktor Zubkov, from: 2007-09-14, to: 2008-05-07 }
            people:
              - name: Vladimir Putin
                aliases: [V. V. Putin]
                roles:
                  - { office: president, jurisdiction: Russia, from: 2000-05-07, to: 2008-05-07 }
            """);
        Assert.Equal(["Vladimir Putin", "Viktor Zubkov"], registry.People.Select(p => p.Name));
        var putin = registry.People[0];
        Assert.Equal(["president", "prime-minister"], putin.Terms.Select(t => t.Office.Id));
        Assert.Equal(5, putin.Terms[1].Line);
        Assert.Equal(2, registry.Holders(putin.Terms[1].Office, "Russia").Count());
    }

    [Fact]
    public void Matches_names_and_aliases_ignoring_case_and_surnames_only_when_unambiguous()
    {
        var registry = Load("""
            people:
              - name: Dmitry Medvedev
                aliases: [Dmitri Medvedev]
              - name: Sergei Medvedev
              - name: Vladimir Putin
            """);
        Assert.Equal("Dmitry Medvedev", registry.Match("DMITRI MEDVEDEV").Person?.Name);
        Assert.Equal("Vladimir Putin", registry.Match("vladimir  putin").Person?.Name);
        Assert.Equal("Vladimir Putin", registry.Match("Putin").Person?.Name);
        Assert.Equal(RegistryMatchKind.Unclear, registry.Match("Medvedev").Kind);
        Assert.Equal(RegistryMatchKind.Unclear, registry.Match("Roy Medvedev").Kind);
        Assert.Equal(RegistryMatchKind.NotListed, registry.Match("Viktor Zubkov").Kind);
        Assert.Equal(RegistryMatchKind.NotListed, registry.Match("Zubkov").Kind);
    }

    [Fact]
    public void The_README_example_is_a_valid_registry()
    {
        var readme = File.ReadAllText(Path.Combine(RuleTester.RepositoryRoot, "README.md"));
        var section = readme[readme.IndexOf("## Roles registry", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var registry = Load(section[start..section.IndexOf("```", start, StringComparison.Ordinal)]);
        Assert.Equal(["Dmitry Medvedev", "Vladimir Putin"], registry.People.Select(p => p.Name));
    }

    [Fact]
    public void An_empty_file_is_an_empty_registry() => Assert.Empty(Load("# nobody yet\n").People);

    [Theory]
    [InlineData("people:\n  - name: A B\n    roles: [\n", "registry people.yaml, line 4: invalid YAML: While parsing a node, did not find expected node content.")]
    [InlineData("people:\n  - name: A B\n    name: C D\n", "registry people.yaml, line 3: invalid YAML: Duplicate key name")]
    [InlineData("people:\n  - name: A B\n    roles:\n      - { office: presdent, jurisdiction: Russia }\n", "registry people.yaml, line 4: unknown office 'presdent' (did you mean 'president'?)")]
    [InlineData("people:\n  - name: A B\n    roles:\n      - { office: tsar, jurisdiction: Russia }\n", "registry people.yaml, line 4: unknown office 'tsar' (use an id or a title from the offices lexicon, such as 'prime-minister' or 'Prime Minister')")]
    [InlineData("people:\n  - name: A B\n    roles:\n      - { office: president, jurisdiction: Rusia }\n", "registry people.yaml, line 4: unknown jurisdiction 'Rusia' (did you mean 'Russia'?)")]
    [InlineData("people:\n  - name: A B\n    roles:\n      - office: president\n        jurisdiction: Russia\n        from: 2008-02-30\n", "registry people.yaml, line 6: 'from': '2008-02-30' is not a date (write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known)")]
    [InlineData("people:\n  - name: A B\n    roles:\n      - { office: president, jurisdiction: Russia, to: May 2012 }\n", "registry people.yaml, line 4: 'to': 'May 2012' is not a date (write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known)")]
    [InlineData("people:\n  - name: A B\n    roles:\n      - office: president\n        jurisdiction: Russia\n        from: 2008-05-07\n        to: 2007-01-01\n", "registry people.yaml, line 7: 'to' 2007-01-01 is before 'from' 2008-05-07")]
    [InlineData("offices:\n  - office: president\n    jurisdiction: Russia\n    holders:\n      - { name: A B, from: 2008, to: 2007-12 }\n", "registry people.yaml, line 5: 'to' 2007-12 is before 'from' 2008")]
    [InlineData("persons:\n  - name: A B\n", "registry people.yaml, line 1: unknown key 'persons' in the registry (expected people, offices)")]
    [InlineData("people:\n  - name: A B\n    roles:\n      - { office: president, jurisdiction: Russia, form: 2008 }\n", "registry people.yaml, line 4: unknown key 'form' in a role (expected office, jurisdiction, from, to)")]
    [InlineData("people:\n  - aliases: [A]\n", "registry people.yaml, line 2: a person needs 'name'")]
    [InlineData("people:\n  - name: A B\n    roles:\n      - { jurisdiction: Russia }\n", "registry people.yaml, line 4: a role needs 'office'")]
    [InlineData("people:\n  - name: A B\n  - name: a  b\n", "registry people.yaml, line 3: 'a  b' is listed twice in 'people' (first on line 2)")]
    [InlineData("people:\n  - name: A B\n    aliases: [X]\n  - name: C D\n    aliases: [x]\noffices:\n  - office: president\n    jurisdiction: Russia\n    holders:\n      - name: X\n", "registry people.yaml, line 10: 'X' names more than one person in 'people' (lines 2 and 4)")]
    [InlineData("people: Dmitry Medvedev\n", "registry people.yaml, line 1: 'people' must be a list")]
    [InlineData("- Dmitry Medvedev\n", "registry people.yaml, line 1: the registry must be a mapping with the keys people, offices")]
    public void A_bad_file_is_one_error_naming_the_file_and_the_line(string yaml, string message) =>
        Assert.Equal(message, LoadError(yaml));

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var error = Assert.Throws<RegistryException>(() => RolesRegistry.Load(_directory["nobody.yaml"], "nobody.yaml"));
        Assert.Equal("registry nobody.yaml: no such file", error.Message);
        Assert.Null(error.Line);
    }

    [Fact]
    public void A_directory_is_an_error_naming_it() =>
        Assert.Equal("registry dir: is a directory, not a YAML file", Assert.Throws<RegistryException>(() => RolesRegistry.Load(_directory.CreateDirectory("dir"), "dir")).Message);
}
