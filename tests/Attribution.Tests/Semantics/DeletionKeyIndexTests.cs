using Attribution.Semantics;

namespace Attribution.Tests.Semantics;

public class DeletionKeyIndexTests
{
    private static List<string> Keys(string lower)
    {
        var buffer = new char[lower.Length];
        var keys = new List<string>();
        for (var left = -1; left < lower.Length; left++)
        {
            keys.Add(DeletionKeyIndex<string>.Key(lower, left, buffer).ToString());
        }
        return keys;
    }

    private static List<string> ItemsAt(DeletionKeyIndex<string> index, string key)
    {
        var items = new List<string>();
        for (var link = index.First(key); link >= 0; link = index.Next(link))
        {
            items.Add(index.ItemAt(link));
        }
        return items;
    }

    [Fact]
    public void The_keys_are_the_word_and_the_word_with_each_letter_left_out() =>
        Assert.Equal(["bush", "ush", "bsh", "buh", "bus"], Keys("bush"));

    [Fact]
    public void Words_one_swap_apart_share_a_key() =>
        Assert.NotEmpty(Keys("trump").Intersect(Keys("trmup")));

    [Fact]
    public void A_key_gives_its_items_in_the_order_added_and_each_once()
    {
        var index = new DeletionKeyIndex<string>(capacity: 4);
        index.Add("clinton", "Clinton");
        index.Add("clnton", "Clinton");
        index.Add("clnton", "Clinton");
        index.Add("clnton", "Clnton");
        Assert.Equal(["Clinton", "Clnton"], ItemsAt(index, "clnton"));
        Assert.Equal(["Clinton"], ItemsAt(index, "clinton"));
        Assert.Empty(ItemsAt(index, "clifton"));
    }
}
