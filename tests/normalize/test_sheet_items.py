"""Item-list headers as bureaus write them."""

from normalize.sheet_items import items_from_tables


def test_header_below_a_title_row_and_column_names_vary():
    table = [["2023年市人大代表建议办理情况一览表"],
             ["序号", "建议号", "建议题目", "领衔代表", "承办单位", "办理结果"],
             ["1", "167", "关于加强地名文化保护的建议", "王芳、李强", "市民政局", "A类(已解决)"],
             ["2", "", "", "", "", ""]]
    assert items_from_tables([table]) == [{"number": "167", "title": "关于加强地名文化保护的建议", "kind": "npc_suggestion",
                                           "proposers": ["王芳", "李强"], "outcome": "A类", "lead_body": "市民政局"}]


def test_a_table_without_item_columns_gives_nothing():
    assert items_from_tables([[["项目", "金额"], ["养老", "100"]]]) == []
