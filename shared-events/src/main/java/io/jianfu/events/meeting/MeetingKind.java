package io.jianfu.events.meeting;

/** The kinds of meeting; each kind will carry its own scale standard. */
public enum MeetingKind {
    /** 工作会: an ordinary work meeting. */
    WORK,
    /** 专题会: a meeting on one topic. */
    SPECIAL,
    /** 部署会 / 动员会: a meeting that launches or mobilises work. */
    MOBILISATION,
    /** 培训会: a training session. */
    TRAINING,
    /** 党建会议: party-building meetings, including 三会一课. */
    PARTY,
    /** 视频会: a video conference relayed to lower levels. */
    VIDEO,
    OTHER
}
