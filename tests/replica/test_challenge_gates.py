"""The replica's 加速乐 (521) and 瑞数 (412) gates, without a browser: their rounds, cookies and expiry."""

import pytest

from replica.faults import FaultState, fault_settings
from replica.messages import Reply, Request
from replica.sites import challenge
from replica.sites.challenge import challenge_412, challenge_521, solve_challenge

PAGE = Reply(200, b"<html>content</html>", "text/html; charset=utf-8", kind="detail")
ROBOTS = Reply(200, b"User-agent: *\n", "text/plain", kind="robots")


class Client:
    """A cookie jar and the gate under test; solves challenges the way the page's script would."""

    def __init__(self, gate, settings: dict | None = None):
        self.gate, self.state, self.cookies = gate, FaultState(0), {}
        self.settings = {**fault_settings(gate.__name__, None), **(settings or {})}

    def get(self, reply: Reply = PAGE) -> Reply:
        header = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        answer = self.gate(Request("GET", "/col/index.shtml", headers={"cookie": header}), reply, self.settings,
                           self.state) or reply
        for name, value in answer.headers:
            if name == "Set-Cookie":
                cookie_name, _, rest = value.partition("=")
                self.cookies[cookie_name] = rest.split(";", 1)[0]
        return answer

    def pass_challenge(self) -> Reply:
        answer = self.get()
        for _ in range(2):
            if answer.status == 200:
                break
            self.cookies.update(solve_challenge(answer.body.decode()))
            answer = self.get()
        return answer


def test_jsl_gate_takes_two_rounds_then_serves_the_page():
    client = Client(challenge_521)
    first = client.get()
    assert first.status == 521 and b"jsl" in first.body and "__jsluid_s" not in client.cookies
    client.cookies.update(solve_challenge(first.body.decode()))
    second = client.get()
    assert second.status == 521 and b"go({" in second.body
    client.cookies.update(solve_challenge(second.body.decode()))
    assert client.get() is PAGE


def test_rs_gate_sets_a_token_and_checks_the_computed_cookie():
    client = Client(challenge_412)
    first = client.get()
    assert first.status == 412 and b"$_ts.nsd=" in first.body and "NfBCSins2OywO" in client.cookies
    assert client.get().status == 412
    assert client.pass_challenge() is PAGE


@pytest.mark.parametrize("gate", [challenge_521, challenge_412])
def test_a_forged_answer_is_challenged_again(gate):
    client = Client(gate)
    client.pass_challenge()
    name = "__jsl_clearance_s" if gate is challenge_521 else "NfBCSins2OywP"
    answer = client.cookies[name]
    client.cookies[name] = answer[:-2] + ("yy" if answer.endswith("zz") else "zz")
    assert client.get().status in (412, 521)


@pytest.mark.parametrize("gate", [challenge_521, challenge_412])
def test_cookies_expire_after_the_configured_number_of_requests(gate):
    client = Client(gate, {"requests": 3})
    assert client.pass_challenge() is PAGE
    assert [client.get().status for _ in range(3)] == [200, 200, 412 if gate is challenge_412 else 521]
    assert client.pass_challenge() is PAGE


@pytest.mark.parametrize("gate", [challenge_521, challenge_412])
def test_cookies_expire_after_the_configured_seconds(gate, monkeypatch):
    client = Client(gate, {"seconds": 60})
    assert client.pass_challenge() is PAGE
    later = challenge.time.time() + 61
    monkeypatch.setattr(challenge.time, "time", lambda: later)
    assert client.get().status in (412, 521)


@pytest.mark.parametrize("gate", [challenge_521, challenge_412])
def test_robots_txt_is_never_challenged(gate):
    assert Client(gate).get(ROBOTS) is ROBOTS
