// SPDX-License-Identifier: EUPL-1.2
export interface Concept { id: string; de: string[]; cs: string[]; en: string[]; nace?: string[]; exact?: string[] }
