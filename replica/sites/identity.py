"""Who runs each replicated site: names, codes and navigation shown in the chrome."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Identity:
    site_name: str
    domain: str
    id_code: str | None
    sponsor: str
    icp: str
    nav: tuple
    police: str = ""


IDENTITIES = {
    "wuhan-mzj-jytabl": Identity(
        "武汉市民政局", "mzj.wuhan.gov.cn", "4201000032", "武汉市民政局", "鄂ICP备05003316号",
        ("首页", "机构概况", "政务公开", "政务服务", "互动交流", "专题专栏"), "鄂公网安备 42010202000151号"),
    "yichang-gov-tzgg": Identity(
        "宜昌市人民政府", "www.yichang.gov.cn", "4205000001", "宜昌市人民政府办公室", "鄂ICP备05006013号",
        ("首页", "走进宜昌", "政务公开", "政务服务", "政民互动", "数据开放"), "鄂公网安备 42050202000101号"),
    "jiading-mzj": Identity(
        "上海市嘉定区人民政府", "www.jiading.gov.cn", "3101140001", "上海市嘉定区人民政府办公室", "沪ICP备05050521号",
        ("首页", "政务公开", "政务服务", "互动交流", "走进嘉定"), "沪公网安备 31011402005171号"),
    "yichun-mzj-rdjy": Identity(
        "宜春市民政局", "mzj.yichun.gov.cn", "3609000019", "宜春市民政局", "赣ICP备05003802号",
        ("首页", "政务公开", "政务服务", "互动交流", "民政业务"), "赣公网安备 36090202000216号"),
    "zj-mzt-jytabl": Identity(
        "浙江省民政厅", "mzt.zj.gov.cn", "3300000025", "浙江省民政厅", "浙ICP备05045634号",
        ("首页", "机构概况", "政务公开", "政务服务", "互动交流", "数据开放"), "浙公网安备 33010602000313号"),
    "gz-mzj-gkmlpt": Identity(
        "广州市民政局", "mzj.gz.gov.cn", "4401000059", "广州市民政局", "粤ICP备2020080540号",
        ("首页", "政务公开", "政务服务", "政民互动", "专题专栏"), "粤公网安备 44010402001726号"),
    "lgfwz-essay": Identity(
        "靈感範文站", "www.lgfwz.com", None, "靈感範文站", "閩ICP備18021722號-2",
        ("首頁", "實用文", "工作總結", "彙報材料", "心得體會", "演講稿")),
    "zcbk-mirror": Identity(
        "侦策百科", "www.zcbk.cn", None, "侦策百科", "京ICP备17043025号-1",
        ("首页", "政府文件", "政策解读", "法律法规", "百科词条")),
    "hubei-mzt-jytabl": Identity(
        "湖北省民政厅", "mzt.hubei.gov.cn", "4200000031", "湖北省民政厅", "鄂ICP备05003340号",
        ("首页", "机构概况", "政务公开", "政务服务", "互动交流", "专题专栏"), "鄂公网安备 42010602000248号"),
    "mca-jytabl": Identity(
        "中华人民共和国民政部", "www.mca.gov.cn", "bm15000001", "中华人民共和国民政部", "京ICP备05067452号",
        ("首页", "机构概况", "新闻中心", "政务公开", "政务服务", "互动交流"), "京公网安备 11040102700146号"),
    "chengdu-mzj-jytabl": Identity(
        "成都市民政局", "cdmzj.chengdu.gov.cn", "5101000040", "成都市民政局", "蜀ICP备05004102号",
        ("首页", "政务公开", "政务服务", "民政业务", "互动交流"), "川公网安备 51010402000512号"),
}


def identity_for(source: dict) -> Identity:
    fallback = Identity(source["name"], source["base_url"].split("//", 1)[-1], None, source.get("bureau") or source["name"],
                        "", ("首页", "政务公开"))
    return IDENTITIES.get(source["id"], fallback)
