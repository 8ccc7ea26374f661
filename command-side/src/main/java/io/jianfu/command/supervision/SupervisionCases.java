package io.jianfu.command.supervision;

import java.util.Collection;
import java.util.Set;

/** What a bulletin may ask about supervision cases: which of the given ids name no case. */
public interface SupervisionCases {

    Set<String> unknown(Collection<String> caseIds);
}
