using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Attribution.Documents;

namespace Attribution.Tests.Hardening;

/// <summary>
/// Every regular expression of the library is safe on hostile input: it runs on the non-backtracking engine, or,
/// where a pattern needs what that engine lacks (a lookahead), under a timeout.
/// </summary>
public sealed class RegexSafetyTests
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>The regular expressions the library's types hold in static fields or return from parameterless static methods.</summary>
    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in AllRegexes())
        {
            data.Add(name);
        }
        return data;
    }

    private static IEnumerable<(string Name, Regex Regex)> AllRegexes()
    {
        foreach (var type in typeof(Checker).Assembly.GetTypes().Where(t => !t.IsGenericTypeDefinition && t.Namespace?.StartsWith("Attribution", StringComparison.Ordinal) == true))
        {
            foreach (var field in type.GetFields(Static).Where(f => HoldsRegex(f.FieldType)))
            {
                RuntimeHelpers.RunClassConstructor(type.TypeHandle);
                var index = 0;
                foreach (var regex in Flatten(field.GetValue(null)))
                {
                    yield return ($"{type.FullName}.{field.Name}[{index++}]", regex);
                }
            }
            foreach (var method in type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.IsGenericMethodDefinition))
            {
                yield return ($"{type.FullName}.{method.Name}()", (Regex)method.Invoke(null, null)!);
            }
        }
    }

    private static bool HoldsRegex(Type type) =>
        typeof(Regex).IsAssignableFrom(type)
        || (type.IsArray && HoldsRegex(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments().Any(HoldsRegex));

    private static IEnumerable<Regex> Flatten(object? value) => value switch
    {
        Regex regex => [regex],
        ITuple tuple => Enumerable.Range(0, tuple.Length).SelectMany(i => Flatten(tuple[i])),
        IEnumerable items and not string => items.Cast<object?>().SelectMany(Flatten),
        _ => [],
    };

    [Fact]
    public void The_library_has_regular_expressions_to_check()
    {
        var names = AllRegexes().Select(r => r.Name).ToList();

        Assert.True(names.Count >= 15, string.Join(", ", names));
        Assert.Contains(names, n => n.Contains(nameof(ArticleBoundary), StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains(nameof(HtmlPageParts), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Each_runs_without_backtracking_or_under_a_timeout(string name)
    {
        var regex = AllRegexes().Single(r => r.Name == name).Regex;

        Assert.True(
            regex.Options.HasFlag(RegexOptions.NonBacktracking) || regex.MatchTimeout != Regex.InfiniteMatchTimeout,
            $"{name} ({regex}) can backtrack without bound");
    }
}
